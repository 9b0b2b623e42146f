package org.airegistry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafeguardTest {

	static MockEnvironment configured() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/registry")
			.withProperty("spring.datasource.username", "registry")
			.withProperty("spring.datasource.password", "s3cret")
			.withProperty("spring.elasticsearch.uris", "http://search:9200")
			.withProperty("airegistry.explanation.encryption-key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
			.withProperty("airegistry.base-url", "https://registry.example.eu");
	}

	@Test
	@DisplayName("A fully configured production environment passes")
	void configuredPasses() {
		assertThat(ProductionSafeguard.problems(configured())).isEmpty();
	}

	@Test
	@DisplayName("Production refuses demo mode, H2 and missing credentials or search cluster")
	void refusesUnsafeConfiguration() {
		MockEnvironment demo = configured().withProperty("airegistry.demo.enabled", "true");
		assertThat(ProductionSafeguard.problems(demo)).singleElement().asString().contains("demo mode");

		MockEnvironment h2 = configured().withProperty("spring.datasource.url", "jdbc:h2:file:./data");
		assertThat(ProductionSafeguard.problems(h2)).singleElement().asString().contains("PostgreSQL");

		MockEnvironment noPassword = configured().withProperty("spring.datasource.password", "");
		assertThat(ProductionSafeguard.problems(noPassword)).singleElement().asString().contains("PASSWORD");

		MockEnvironment noSearch = configured().withProperty("spring.elasticsearch.uris", "");
		assertThat(ProductionSafeguard.problems(noSearch)).singleElement().asString().contains("ELASTICSEARCH");

		MockEnvironment noKey = configured().withProperty("airegistry.explanation.encryption-key", "");
		assertThat(ProductionSafeguard.problems(noKey)).singleElement().asString().contains("ENCRYPTION_KEY");
	}

	@Test
	@DisplayName("Production refuses the published demo and test keys and a base URL that is not https")
	void refusesPublishedKeyAndPlainHttp() {
		MockEnvironment demoKey = configured().withProperty("airegistry.explanation.encryption-key",
				"ZGVtby1vbmx5LWtleS1mb3ItZXhwbGFuYXRpb25zMzI=");
		assertThat(ProductionSafeguard.problems(demoKey)).singleElement().asString().contains("published demo");

		MockEnvironment plainHttp = configured().withProperty("airegistry.base-url", "http://registry.example.eu");
		assertThat(ProductionSafeguard.problems(plainHttp)).singleElement().asString().contains("https://");

		MockEnvironment noBaseUrl = configured().withProperty("airegistry.base-url", "");
		assertThat(ProductionSafeguard.problems(noBaseUrl)).singleElement().asString().contains("AIREGISTRY_BASE_URL");
	}

	@Test
	@DisplayName("The demo profile itself is refused in production")
	void refusesDemoProfile() {
		MockEnvironment environment = configured();
		environment.setActiveProfiles("prod", "demo");
		assertThat(ProductionSafeguard.problems(environment)).isNotEmpty();
	}

}
