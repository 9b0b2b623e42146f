package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchPluginsTest {

	@TempDir
	Path work;

	@Test
	@DisplayName("The configured zip wins over the build's system property and the default location")
	void configuredFirst() throws IOException {
		Path configured = Files.writeString(work.resolve("configured.zip"), "zip");
		Path fromBuild = Files.writeString(work.resolve("from-build.zip"), "zip");

		assertThat(ElasticsearchPlugins.resolve("configured.zip", fromBuild.toString(), work)).isEqualTo(configured);
		assertThat(ElasticsearchPlugins.resolve(" ", fromBuild.toString(), work)).isEqualTo(fromBuild);
	}

	@Test
	@DisplayName("Without configuration the newest plugin zip of target/esplugin is used")
	void newestInDefaultDirectory() throws IOException {
		Path directory = Files.createDirectories(work.resolve(ElasticsearchPlugins.DEFAULT_DIRECTORY));
		Path older = Files.writeString(directory.resolve("airegistry-analysis-0.1.0.zip"), "zip");
		Path newer = Files.writeString(directory.resolve("airegistry-analysis-0.2.0.zip"), "zip");
		Files.writeString(directory.resolve("something-else.zip"), "zip");
		Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
		Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2025-02-01T00:00:00Z")));

		assertThat(ElasticsearchPlugins.resolve(null, null, work)).isEqualTo(newer);
	}

	@Test
	@DisplayName("A missing plugin zip fails with a message that says how to build it")
	void missing() {
		assertThatIllegalStateException().isThrownBy(() -> ElasticsearchPlugins.resolve(null, null, work))
			.withMessageContaining("./mvnw process-classes");
		assertThatIllegalStateException()
			.isThrownBy(() -> ElasticsearchPlugins.resolve(null, work.resolve("gone.zip").toString(), work))
			.withMessageContaining("gone.zip");
	}

}
