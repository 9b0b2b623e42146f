package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LaunchCommandTest {

	static final Path HOME = Path.of("/opt/es");

	static final Path RUN = Path.of("/tmp/run-1");

	@Test
	@DisplayName("Starts a secured-off single node on the loopback interface with the picked ports and directories")
	void singleNodeOnLoopback() {
		LaunchCommand launch = new LaunchCommand(HOME, RUN, Path.of("/data"), 21000, 21001, Path.of("/jdk"), "512m",
				null);

		List<String> command = launch.command();

		assertThat(command.get(0)).isEqualTo("/opt/es/bin/elasticsearch");
		assertThat(command).containsSubsequence("-E", "discovery.type=single-node")
			.containsSubsequence("-E", "network.host=127.0.0.1")
			.containsSubsequence("-E", "http.port=21000")
			.containsSubsequence("-E", "transport.port=21001")
			.containsSubsequence("-E", "xpack.security.enabled=false")
			.containsSubsequence("-E", "path.data=/data")
			.containsSubsequence("-E", "path.logs=/tmp/run-1/logs");
	}

	@Test
	@DisplayName("As root, the command runs Elasticsearch through the user switch")
	void switchesUser() {
		UnprivilegedUser nobody = UnprivilegedUser.of("nobody", 65534, 65534, Path.of("/usr/bin/setpriv"), null);
		LaunchCommand launch = new LaunchCommand(HOME, RUN, Path.of("/data"), 21000, 21001, Path.of("/jdk"), "512m",
				nobody);

		assertThat(launch.command()).startsWith("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
				"--", "/opt/es/bin/elasticsearch");
	}

	@Test
	@DisplayName("The node runs on this JVM's JDK with a fixed heap and its own config and tmp directories")
	void environment() {
		LaunchCommand launch = new LaunchCommand(HOME, RUN, Path.of("/data"), 21000, 21001, Path.of("/jdk"), "768m",
				null);

		Map<String, String> environment = launch
			.environment(Map.of("PATH", "/usr/bin", "JAVA_TOOL_OPTIONS", "-javaagent:x.jar", "ES_JAVA_OPTS", "-Xmx8g"));

		assertThat(environment).containsEntry("PATH", "/usr/bin")
			.containsEntry("ES_JAVA_HOME", "/jdk")
			.containsEntry("ES_JAVA_OPTS", "-Xms768m -Xmx768m -XX:TieredStopAtLevel=1")
			.containsEntry("ES_PATH_CONF", "/tmp/run-1/config")
			.containsEntry("ES_TMPDIR", "/tmp/run-1/tmp")
			.doesNotContainKey("JAVA_TOOL_OPTIONS");
	}

}
