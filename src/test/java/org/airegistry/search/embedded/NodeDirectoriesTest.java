package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeDirectoriesTest {

	@TempDir
	Path work;

	@Test
	@DisplayName("Without a user switch the distribution is used in place")
	void noCopyWithoutUserSwitch() throws IOException {
		Path home = distribution();

		assertThat(NodeDirectories.distribution(home, work.resolve("root"), null)).isEqualTo(home);
	}

	@Test
	@DisplayName("The fingerprint changes when the distribution changes (e.g. a plugin is installed)")
	void fingerprintFollowsContent() throws IOException {
		Path home = distribution();
		String before = NodeDirectories.fingerprint(home);

		Files.createDirectories(home.resolve("plugins/analysis-portal"));
		Files.writeString(home.resolve("plugins/analysis-portal/plugin.jar"), "jar");

		assertThat(NodeDirectories.fingerprint(home)).isNotEqualTo(before).hasSize(12);
		assertThat(NodeDirectories.fingerprint(home)).isEqualTo(NodeDirectories.fingerprint(home));
	}

	@Test
	@DisplayName("Each run gets its own copy of the config and empty logs and tmp directories")
	void runDirectory() throws IOException {
		Path home = distribution();

		Path run = NodeDirectories.createRunDirectory(home, work.resolve("root"), null);

		assertThat(run.getFileName().toString()).startsWith("run-" + ProcessHandle.current().pid() + "-");
		assertThat(run.resolve("config/elasticsearch.yml")).hasContent("cluster.name: x");
		assertThat(run.resolve("logs")).isEmptyDirectory();
		assertThat(run.resolve("tmp")).isEmptyDirectory();
		assertThat(NodeDirectories.dataDirectory(null, run, work, null)).isEqualTo(run.resolve("data"));
	}

	@Test
	@DisplayName("Run directories of dead JVMs are removed, those of live ones kept")
	void cleansStaleRuns() throws IOException {
		Path root = work.resolve("root");
		Path live = NodeDirectories.createRunDirectory(distribution(), root, null);
		Path dead = Files.createDirectories(root.resolve("run-" + Integer.MAX_VALUE + "-x"));

		NodeDirectories.cleanStaleRuns(root);

		assertThat(live).exists();
		assertThat(dead).doesNotExist();
	}

	@Test
	@DisplayName("A directory is reachable by others only if every parent lets them pass")
	void traversal() throws IOException {
		Path open = Files.createDirectories(work.resolve("open/inner"));
		Files.setPosixFilePermissions(work.resolve("open"), PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path closed = Files.createDirectories(work.resolve("closed/inner"));
		Files.setPosixFilePermissions(work.resolve("closed"), PosixFilePermissions.fromString("rwx------"));

		assertThat(NodeDirectories.traversableByOthers(closed)).isFalse();
		// the temp dir's own parents may be closed on some machines; only compare the two
		if (NodeDirectories.traversableByOthers(work)) {
			assertThat(NodeDirectories.traversableByOthers(open)).isTrue();
		}
	}

	@Test
	@DisplayName("A failed start reports the end of the console log")
	void tailOfLog() throws IOException {
		Path log = work.resolve("console.log");
		Files.writeString(log, "line\n".repeat(5000) + "ERROR: can not run elasticsearch as root\n");

		String tail = EmbeddedElasticsearch.tail(log);

		assertThat(tail).startsWith("...").endsWith("can not run elasticsearch as root\n").hasSizeLessThan(7000);
		assertThat(EmbeddedElasticsearch.tail(work.resolve("missing.log"))).isEqualTo("(no console log)");
	}

	private Path distribution() throws IOException {
		Path home = work.resolve("es");
		Files.createDirectories(home.resolve("bin"));
		Files.createDirectories(home.resolve("config"));
		Files.writeString(home.resolve("bin/elasticsearch"), "#!/bin/sh\n");
		Files.writeString(home.resolve("config/elasticsearch.yml"), "cluster.name: x");
		return home;
	}

}
