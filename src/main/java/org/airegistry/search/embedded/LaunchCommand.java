package org.airegistry.search.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The command line and environment that start one single-node Elasticsearch bound to the
 * loopback interface, without security, with the given ports and directories.
 *
 * @param home the distribution to run
 * @param runDirectory working directory of the process (gc log, heap dumps) and home of
 * its {@code config}, {@code logs} and {@code tmp} directories
 * @param dataDirectory where the node keeps its indices
 * @param httpPort the REST port
 * @param transportPort the node-to-node port
 * @param javaHome the JDK that runs Elasticsearch (the distribution has none)
 * @param heap heap size, e.g. {@code 512m}
 * @param user the user to switch to, or {@code null} to run as the current user
 */
record LaunchCommand(Path home, Path runDirectory, Path dataDirectory, int httpPort, int transportPort, Path javaHome,
		String heap, @Nullable UnprivilegedUser user) {

	/** Environment variables of ours that must not leak into the node's JVM. */
	static final List<String> REMOVED_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS",
			"ES_HOME", "ES_JAVA_OPTS", "ES_PATH_CONF", "ES_TMPDIR", "CLASSPATH");

	Path configDirectory() {
		return runDirectory.resolve("config");
	}

	Path logsDirectory() {
		return runDirectory.resolve("logs");
	}

	Path tmpDirectory() {
		return runDirectory.resolve("tmp");
	}

	/** Where the process's stdout and stderr go. */
	Path consoleLog() {
		return runDirectory.resolve("console.log");
	}

	/** The node's settings, passed as {@code -E key=value}. */
	Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("cluster.name", "airegistry-embedded");
		settings.put("node.name", "embedded");
		settings.put("discovery.type", "single-node");
		settings.put("network.host", "127.0.0.1");
		settings.put("http.port", Integer.toString(httpPort));
		settings.put("transport.port", Integer.toString(transportPort));
		settings.put("path.data", dataDirectory.toString());
		settings.put("path.logs", logsDirectory().toString());
		settings.put("xpack.security.enabled", "false");
		// a full developer disk must not turn indices read-only
		settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
		// indices exist only as the application creates them (alias mistakes fail loudly)
		settings.put("action.auto_create_index", "false");
		return settings;
	}

	List<String> command() {
		List<String> command = new ArrayList<>();
		if (user != null) {
			command.addAll(user.switchCommand());
		}
		command.add(ElasticsearchHome.launcher(home).toString());
		settings().forEach((key, value) -> {
			command.add("-E");
			command.add(key + "=" + value);
		});
		return command;
	}

	/** Applies this command's variables to a copy of the parent environment. */
	Map<String, String> environment(Map<String, String> inherited) {
		Map<String, String> environment = new LinkedHashMap<>(inherited);
		REMOVED_VARIABLES.forEach(environment::remove);
		environment.put("ES_JAVA_HOME", javaHome.toString());
		// C1 only: starts faster on small machines; peak query speed does not matter here
		environment.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:TieredStopAtLevel=1");
		environment.put("ES_PATH_CONF", configDirectory().toString());
		environment.put("ES_TMPDIR", tmpDirectory().toString());
		environment.put("HOME", runDirectory.toString());
		return environment;
	}

}
