package org.airegistry.search.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Installs plugin zips into a (not yet running) copy of the distribution with its own
 * {@code bin/elasticsearch-plugin}, as the user the node will run as.
 */
final class PluginInstaller {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private PluginInstaller() {
	}

	/**
	 * Installs each zip into the distribution.
	 * @param distribution a copy of the distribution that no node runs from; must be
	 * owned by the user already, and the zips readable by it
	 * @throws IOException when the installer fails (message holds its output)
	 */
	static void install(Path distribution, List<Path> zips, Path javaHome, @Nullable UnprivilegedUser user)
			throws IOException {
		for (Path zip : zips) {
			List<String> command = command(distribution, zip, user);
			ProcessBuilder builder = new ProcessBuilder(command).directory(distribution.toFile())
				.redirectErrorStream(true);
			Map<String, String> environment = builder.environment();
			LaunchCommand.REMOVED_VARIABLES.forEach(environment::remove);
			environment.put("ES_JAVA_HOME", javaHome.toString());
			environment.put("HOME", distribution.toString());
			Process process = builder.start();
			byte[] output = process.getInputStream().readAllBytes();
			try {
				if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
					throw new IOException("Installing plugin " + zip + " did not finish within " + TIMEOUT);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
				throw new IOException("Interrupted while installing plugin " + zip, ex);
			}
			if (process.exitValue() != 0) {
				throw new IOException("Installing plugin %s into %s failed with exit code %d:%n%s".formatted(zip,
						distribution, process.exitValue(), new String(output, StandardCharsets.UTF_8)));
			}
		}
	}

	static List<String> command(Path distribution, Path zip, @Nullable UnprivilegedUser user) {
		List<String> command = new ArrayList<>();
		if (user != null) {
			command.addAll(user.switchCommand());
		}
		command.add(distribution.resolve("bin").resolve("elasticsearch-plugin").toString());
		command.add("install");
		command.add("--batch");
		command.add(zip.toUri().toString());
		return command;
	}

	/** Whether a plugin of that name is installed in the distribution. */
	static boolean installed(Path distribution, String name) {
		return Files.isDirectory(distribution.resolve("plugins").resolve(name));
	}

}
