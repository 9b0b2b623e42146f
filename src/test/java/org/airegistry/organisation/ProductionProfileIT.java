package org.airegistry.organisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.airegistry.RegistryApplication;
import org.airegistry.testsupport.PostgresDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile really refuses to start when it is not safe. */
class ProductionProfileIT {

	@Test
	@DisplayName("The prod profile refuses to start on the embedded H2 database")
	void refusesH2() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(RegistryApplication.class).profiles("prod")
			.properties("server.port=0",
					"spring.datasource.url=jdbc:h2:mem:prodcheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
					"spring.datasource.username=sa", "spring.datasource.password=secret",
					"spring.elasticsearch.uris=http://127.0.0.1:9")
			.run()
			.close()).hasStackTraceContaining("Refusing to start the 'prod' profile")
			.hasStackTraceContaining("PostgreSQL");
	}

	@Test
	@DisplayName("The prod profile refuses to start together with demo mode")
	void refusesDemo() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(RegistryApplication.class).profiles("prod", "demo")
			.properties("server.port=0", "spring.datasource.url=" + PostgresDatabase.jdbcUrl(),
					"spring.datasource.username=postgres", "spring.datasource.password=postgres",
					"spring.elasticsearch.uris=http://127.0.0.1:9")
			.run()
			.close()).hasStackTraceContaining("demo mode is on");
	}

}
