package org.airegistry.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the shared embedded PostgreSQL and the shared Elasticsearch
 * node.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("embedded-postgres",
					Map.of("spring.datasource.url", PostgresDatabase.jdbcUrl(), "spring.datasource.username",
							"postgres", "spring.datasource.password", "postgres", "spring.elasticsearch.uris",
							TestElasticsearch.uri())));
	}

}
