package org.airegistry.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.airegistry.RegistryApplication;
import org.awaitility.Awaitility;

/**
 * Another instance of the portal in a JVM of its own (the test JVM's class path), so that
 * a test can kill it for real ({@code kill -9}) while the test's own application, on the
 * same database and search cluster, stays up. Its output is collected line by line.
 */
public final class ChildInstance implements AutoCloseable {

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private ChildInstance(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "child-instance-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@link RegistryApplication} with the given settings as command-line
	 * arguments.
	 */
	public static ChildInstance start(Map<String, String> settings) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(classPath());
		command.add(RegistryApplication.class.getName());
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			return new ChildInstance(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start a child instance", ex);
		}
	}

	/**
	 * The test JVM's class path without empty entries: the test runner's ends with a
	 * separator, and an empty entry means the working directory, here the project root,
	 * whose {@code db/} would give Flyway every migration and callback twice.
	 */
	static String classPath() {
		return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
			.filter(entry -> !entry.isBlank())
			.collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			// the process ended
		}
	}

	/** The lines the instance printed so far. */
	public List<String> lines() {
		return List.copyOf(lines);
	}

	/** Waits until the instance printed enough matching lines; fails if it died first. */
	public void awaitLines(Predicate<String> matching, int count, Duration timeout) {
		Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
			if (!process.isAlive()) {
				throw new AssertionError("The child instance ended (code " + process.exitValue() + "):\n"
						+ String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
			}
			return lines.stream().filter(matching).count() >= count;
		});
	}

	/** {@code kill -9} of the instance and everything it started. */
	public void kill() {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			kill();
		}
	}

}
