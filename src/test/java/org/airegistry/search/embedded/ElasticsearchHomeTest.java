package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchHomeTest {

	@TempDir
	Path work;

	@Test
	@DisplayName("The configured property wins over the build's system property and the default location")
	void configuredPropertyWins() throws IOException {
		Path configured = distribution("configured");
		distribution("from-build");
		distribution(ElasticsearchHome.DEFAULT_RELATIVE);

		assertThat(ElasticsearchHome.resolve("configured", "from-build", work)).isEqualTo(configured);
	}

	@Test
	@DisplayName("Without the property the home the build passes in is used")
	void systemPropertyNext() throws IOException {
		Path fromBuild = distribution("from-build");
		distribution(ElasticsearchHome.DEFAULT_RELATIVE);

		assertThat(ElasticsearchHome.resolve(" ", fromBuild.toString(), work)).isEqualTo(fromBuild);
	}

	@Test
	@DisplayName("Without both, the build's unpack directory below the working directory is used")
	void defaultLocationLast() throws IOException {
		Path unpacked = distribution(ElasticsearchHome.DEFAULT_RELATIVE);

		assertThat(ElasticsearchHome.resolve(null, null, work)).isEqualTo(unpacked);
	}

	@Test
	@DisplayName("A missing distribution fails with a message saying how to get it")
	void missingDistributionExplainsTheFix() {
		assertThatIllegalStateException().isThrownBy(() -> ElasticsearchHome.resolve(null, null, work))
			.withMessageContaining(work.resolve(ElasticsearchHome.DEFAULT_RELATIVE).toString())
			.withMessageContaining("./mvnw generate-resources")
			.withMessageContaining("spring.elasticsearch.uris");
	}

	@Test
	@DisplayName("A configured but wrong home fails instead of silently using another one")
	void wrongConfiguredHomeFails() throws IOException {
		distribution(ElasticsearchHome.DEFAULT_RELATIVE);

		assertThatIllegalStateException().isThrownBy(() -> ElasticsearchHome.resolve("nowhere", null, work))
			.withMessageContaining("property " + ElasticsearchHome.PROPERTY);
	}

	private Path distribution(String relative) throws IOException {
		Path home = work.resolve(relative);
		Files.createDirectories(home.resolve("bin"));
		Files.writeString(home.resolve("bin/elasticsearch"), "#!/bin/sh\n");
		return home.toAbsolutePath().normalize();
	}

}
