package org.airegistry.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.airegistry.testsupport.PostgresDatabase;
import org.airegistry.testsupport.TestElasticsearch;
import org.airegistry.testsupport.TestMailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with the demo data (entries, deployments, models, as
 * {@code ./mvnw spring-boot:run} creates them) on its own database of the embedded
 * PostgreSQL 18 and the Elasticsearch node, served on a random port: what the page and
 * session benchmarks measure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "airegistry.opendata.rate-limit.requests-per-minute=0" })
@ContextConfiguration(initializers = { BenchApplication.DemoDatabase.class, TestMailServer.class })
@ActiveProfiles({ "test", "demo" })
@interface BenchApplication {

	/** A database of its own for the demo data. */
	class DemoDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("bench-pages-postgres",
						Map.of("spring.datasource.url", PostgresDatabase.jdbcUrl("bench_pages"),
								"spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
								"spring.elasticsearch.uris", TestElasticsearch.uri())));
		}

	}

}
