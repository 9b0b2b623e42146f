package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedElasticsearchEnvironmentPostProcessorTest {

	final EmbeddedElasticsearchEnvironmentPostProcessor postProcessor = new EmbeddedElasticsearchEnvironmentPostProcessor(
			(DeferredLogFactory) Supplier::get);

	@Test
	@DisplayName("With spring.elasticsearch.uris set, no node is started and the uris stay as configured")
	void configuredClusterStartsNothing() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.elasticsearch.uris",
				"http://search:9200");

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.elasticsearch.uris")).isEqualTo("http://search:9200");
		assertThat(environment.containsProperty(EmbeddedElasticsearchEnvironmentPostProcessor.RUNNING)).isFalse();
		assertThat(environment.getPropertySources()
			.contains(EmbeddedElasticsearchEnvironmentPostProcessor.EMBEDDED_SOURCE)).isFalse();
	}

	@Test
	@DisplayName("Indexed uris (spring.elasticsearch.uris[0]) count as configured too")
	void indexedUris() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.elasticsearch.uris[0]",
				"http://search:9200");

		assertThat(EmbeddedElasticsearchEnvironmentPostProcessor.clusterConfigured(environment)).isTrue();
		assertThat(EmbeddedElasticsearchEnvironmentPostProcessor.clusterConfigured(new MockEnvironment())).isFalse();
	}

	@Test
	@DisplayName("Disabled embedded search starts nothing")
	void disabled() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty(EmbeddedElasticsearchEnvironmentPostProcessor.ENABLED, "false");

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.containsProperty("spring.elasticsearch.uris")).isFalse();
	}

	@Test
	@DisplayName("The dev run keeps index data in target/run/es-data; explicit settings win over the default")
	void devRunDefaults() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty(EmbeddedElasticsearchEnvironmentPostProcessor.ENABLED, "false");
		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(EmbeddedElasticsearchEnvironmentPostProcessor.DATA_DIR))
			.isEqualTo("target/run/es-data");
		assertThat(environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart"))
			.isEqualTo("true");
		assertThat(environment.getProperty(EmbeddedElasticsearchEnvironmentPostProcessor.INDEX_PREFIX)).isNull();

		MockEnvironment explicit = new MockEnvironment()
			.withProperty(EmbeddedElasticsearchEnvironmentPostProcessor.ENABLED, "false")
			.withProperty(EmbeddedElasticsearchEnvironmentPostProcessor.DATA_DIR, "");
		postProcessor.postProcessEnvironment(explicit, new SpringApplication());

		assertThat(explicit.getProperty(EmbeddedElasticsearchEnvironmentPostProcessor.DATA_DIR)).isEmpty();
	}

	@Test
	@DisplayName("Spring Boot test contexts get fresh data and index names of their own")
	void testContextDefaults() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty(EmbeddedElasticsearchEnvironmentPostProcessor.ENABLED, "false")
			.withProperty(EmbeddedElasticsearchEnvironmentPostProcessor.SPRING_BOOT_TEST_MARKER, "true");

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.containsProperty(EmbeddedElasticsearchEnvironmentPostProcessor.DATA_DIR)).isFalse();
		assertThat(environment.getProperty(EmbeddedElasticsearchEnvironmentPostProcessor.INDEX_PREFIX))
			.matches("test-[0-9a-f]{8}-");
	}

	@Test
	@DisplayName("Node settings come from the airegistry.search.embedded.* properties")
	void settingsFromProperties() {
		Path home = Path.of(System.getProperty(ElasticsearchHome.SYSTEM_PROPERTY,
				Path.of(ElasticsearchHome.DEFAULT_RELATIVE).toAbsolutePath().toString()));
		MockEnvironment environment = new MockEnvironment().withProperty(ElasticsearchHome.PROPERTY, home.toString())
			.withProperty(EmbeddedElasticsearchEnvironmentPostProcessor.DATA_DIR, "target/run/es-data")
			.withProperty(EmbeddedElasticsearchEnvironmentPostProcessor.HEAP, "1g")
			.withProperty(EmbeddedElasticsearchEnvironmentPostProcessor.START_TIMEOUT, "90s");

		EmbeddedElasticsearchSettings settings = EmbeddedElasticsearchEnvironmentPostProcessor.settings(environment);

		assertThat(settings.home()).isEqualTo(home.toAbsolutePath().normalize());
		assertThat(settings.dataDirectory()).isEqualTo(Path.of("target/run/es-data").toAbsolutePath());
		assertThat(settings.heap()).isEqualTo("1g");
		assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(90));
		assertThat(settings.plugins()).singleElement()
			.satisfies(zip -> assertThat(zip.getFileName().toString()).startsWith("airegistry-analysis-")
				.endsWith(".zip"));
	}

}
