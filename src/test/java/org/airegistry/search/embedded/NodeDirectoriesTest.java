package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeDirectoriesTest {

	static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

	@TempDir
	Path work;

	@Test
	@DisplayName("Without a user switch and without plugins the distribution is used in place")
	void noCopyWithoutUserSwitch() throws IOException {
		Path home = distribution();

		assertThat(NodeDirectories.distribution(home, List.of(), work.resolve("root"), null, JAVA_HOME))
			.isEqualTo(home);
	}

	@Test
	@DisplayName("Plugins are installed into a copy once; a changed plugin zip gets a fresh copy")
	void pluginsInstalledIntoCopy() throws IOException {
		Path home = distribution();
		Path plugin = Files.writeString(work.resolve("airegistry-analysis-1.zip"), "zip v1");
		Path root = work.resolve("root");

		Path copy = NodeDirectories.distribution(home, List.of(plugin), root, null, JAVA_HOME);
		Path again = NodeDirectories.distribution(home, List.of(plugin), root, null, JAVA_HOME);
		Files.writeString(plugin, "zip v2");
		Path changed = NodeDirectories.distribution(home, List.of(plugin), root, null, JAVA_HOME);

		assertThat(copy).isNotEqualTo(home).startsWith(root);
		assertThat(copy.resolve("plugins/fake/installed-from")).content().contains("airegistry-analysis-1.zip");
		assertThat(copy.resolve(NodeDirectories.PLUGIN_STAGING)).doesNotExist();
		assertThat(home.resolve("plugins/fake")).doesNotExist();
		assertThat(again).isEqualTo(copy);
		assertThat(changed).isNotEqualTo(copy);
		assertThat(changed.resolve("plugins/fake/installed-from")).exists();
	}

	@Test
	@DisplayName("A failing plugin install leaves no copy behind and reports the installer's output")
	void failingInstall() throws IOException {
		Path home = distribution();
		Files.writeString(home.resolve("bin/elasticsearch-plugin"), "#!/bin/sh\necho 'ERROR: broken zip'\nexit 3\n");
		Path plugin = Files.writeString(work.resolve("broken.zip"), "not a zip");
		Path root = work.resolve("root");

		assertThatIOException()
			.isThrownBy(() -> NodeDirectories.distribution(home, List.of(plugin), root, null, JAVA_HOME))
			.withMessageContaining("ERROR: broken zip")
			.withMessageContaining("exit code 3");
		try (var left = Files.list(root)) {
			assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("es-"));
		}
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
		// a stand-in for the plugin installer: records which zip it was given
		Path installer = Files.writeString(home.resolve("bin/elasticsearch-plugin"),
				"#!/bin/sh\nmkdir -p plugins/fake && echo \"$3\" > plugins/fake/installed-from\n");
		Files.setPosixFilePermissions(installer, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.writeString(home.resolve("config/elasticsearch.yml"), "cluster.name: x");
		return home;
	}

}
