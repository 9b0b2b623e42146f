package org.airegistry.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at a database of its own on the shared embedded PostgreSQL
 * server ({@link ContextDatabase}, DD092) and at the shared Elasticsearch node. A test
 * class that starts a context of its own (extra properties, a mock bean) publishes into
 * its own database and index, never into another context's. An instance started on a
 * context's index prefix (e.g. {@link ChildInstance}) takes the context's
 * {@code spring.datasource.url} with it.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("embedded-postgres",
					Map.of("spring.datasource.url",
							PostgresDatabase.jdbcUrl(ContextDatabase.name(context.getEnvironment())),
							"spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
							"spring.elasticsearch.uris", TestElasticsearch.uri())));
	}

}
