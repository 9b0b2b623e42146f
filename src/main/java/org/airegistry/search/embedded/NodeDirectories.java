package org.airegistry.search.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The directories a node runs in, below one work root (by default
 * {@code <java.io.tmpdir>/airegistry-elasticsearch-<user>}): a copy of the distribution
 * that the unprivileged user can read, and one run directory per start holding config,
 * logs, tmp and (unless persistent) data.
 */
final class NodeDirectories {

	private static final Log logger = LogFactory.getLog(NodeDirectories.class);

	static final String COMPLETE_MARKER = ".complete";

	static final String RUN_PREFIX = "run-";

	static final String PID_FILE = "node.pids";

	/** Where plugin zips wait inside a copy being prepared (removed after install). */
	static final String PLUGIN_STAGING = ".plugins-to-install";

	private NodeDirectories() {
	}

	/** One work root per OS user: users cannot write into each other's. */
	static Path defaultWorkRoot() {
		String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
		return Path.of(System.getProperty("java.io.tmpdir"), "airegistry-elasticsearch-" + user);
	}

	/**
	 * The distribution the node runs from: the given home itself when no user switch and
	 * no plugin is needed, else a copy below the work root owned by that user with the
	 * plugins installed, made once per distribution content and plugin zips (their hash
	 * is part of the copy's name, so a changed plugin gets a fresh copy) and reused while
	 * its completion marker exists.
	 */
	static Path distribution(Path home, List<Path> plugins, Path workRoot, @Nullable UnprivilegedUser user,
			Path javaHome) throws IOException {
		if (user == null && plugins.isEmpty()) {
			return home;
		}
		createTraversable(workRoot);
		String fingerprint = fingerprint(home) + (plugins.isEmpty() ? "" : "-p" + pluginsFingerprint(plugins));
		Path copy = workRoot.resolve(home.getFileName() + "-" + fingerprint);
		if (Files.exists(copy.resolve(COMPLETE_MARKER))) {
			return copy;
		}
		try (FileChannel channel = FileChannel.open(workRoot.resolve(".copy.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			if (Files.exists(copy.resolve(COMPLETE_MARKER))) {
				return copy;
			}
			long started = System.nanoTime();
			deleteRecursively(copy);
			Path partial = workRoot.resolve(copy.getFileName() + ".partial-" + UUID.randomUUID());
			try {
				copyRecursively(home, partial);
				List<Path> zips = new ArrayList<>();
				Path staging = partial.resolve(PLUGIN_STAGING);
				Files.createDirectories(staging);
				for (Path plugin : plugins) {
					Path zip = staging.resolve(plugin.getFileName().toString());
					Files.copy(plugin, zip, StandardCopyOption.REPLACE_EXISTING);
					zips.add(zip);
				}
				if (user != null) {
					chownRecursively(partial, user);
				}
				long installStarted = System.nanoTime();
				PluginInstaller.install(partial, zips, javaHome, user);
				long installMillis = (System.nanoTime() - installStarted) / 1_000_000;
				deleteRecursively(staging);
				Files.writeString(partial.resolve(COMPLETE_MARKER), home + "\n" + plugins + "\n",
						StandardCharsets.UTF_8);
				Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
				logger.info("Prepared Elasticsearch distribution %s%s with plugins %s in %d ms (plugin install %d ms)"
					.formatted(copy, user == null ? "" : " for user " + user.name(),
							plugins.stream().map(Path::getFileName).toList(), (System.nanoTime() - started) / 1_000_000,
							installMillis));
				return copy;
			}
			catch (IOException | RuntimeException ex) {
				try {
					deleteRecursively(partial);
				}
				catch (IOException cleanup) {
					ex.addSuppressed(cleanup);
				}
				throw ex;
			}
		}
	}

	/** A short hash of the plugin zips' bytes (the build writes them reproducibly). */
	static String pluginsFingerprint(List<Path> plugins) throws IOException {
		MessageDigest digest = sha256();
		for (Path plugin : plugins) {
			digest.update(plugin.getFileName().toString().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(Files.readAllBytes(plugin));
		}
		return HexFormat.of().formatHex(digest.digest(), 0, 6);
	}

	/**
	 * Creates a fresh run directory with a copy of the distribution's {@code config} and
	 * empty {@code logs} and {@code tmp}, owned by the user.
	 */
	static Path createRunDirectory(Path distribution, Path workRoot, @Nullable UnprivilegedUser user)
			throws IOException {
		createTraversable(workRoot);
		Path run = workRoot.resolve(RUN_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
		Files.createDirectories(run);
		copyRecursively(distribution.resolve("config"), run.resolve("config"));
		Files.createDirectories(run.resolve("logs"));
		Files.createDirectories(run.resolve("tmp"));
		if (user != null) {
			chownRecursively(run, user);
		}
		return run;
	}

	/**
	 * The data directory: the persistent one if given and usable by the user, else
	 * {@code data} inside the run directory.
	 */
	static Path dataDirectory(@Nullable Path persistent, Path run, Path workRoot, @Nullable UnprivilegedUser user)
			throws IOException {
		if (persistent == null) {
			Path data = run.resolve("data");
			Files.createDirectories(data);
			if (user != null) {
				chownRecursively(data, user);
			}
			return data;
		}
		Path data = persistent.toAbsolutePath().normalize();
		if (user != null && !traversableByOthers(data.getParent())) {
			Path fallback = workRoot.resolve("data-" + shortHash(data.toString()));
			logger.warn("User %s cannot reach %s; keeping Elasticsearch data in %s instead".formatted(user.name(), data,
					fallback));
			data = fallback;
		}
		Files.createDirectories(data);
		if (user != null && !user.matchesOwnerOf(data)) {
			chownRecursively(data, user);
		}
		return data;
	}

	/** Whether every directory from the root down to {@code dir} lets others pass. */
	static boolean traversableByOthers(@Nullable Path dir) throws IOException {
		for (Path current = dir; current != null; current = current.getParent()) {
			if (Files.exists(current)
					&& !Files.getPosixFilePermissions(current).contains(PosixFilePermission.OTHERS_EXECUTE)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Removes run directories of JVMs that died without stopping their node, first
	 * killing such a node if it still runs.
	 */
	static void cleanStaleRuns(Path workRoot) {
		if (!Files.isDirectory(workRoot)) {
			return;
		}
		try (Stream<Path> entries = Files.list(workRoot)) {
			for (Path run : entries.filter(p -> p.getFileName().toString().startsWith(RUN_PREFIX)).toList()) {
				String[] parts = run.getFileName().toString().split("-", 3);
				long owner = parts.length == 3 ? parseLong(parts[1]) : -1;
				if (owner > 0 && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
					continue;
				}
				killRecorded(run);
				deleteRecursively(run);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			logger.debug("Could not clean stale Elasticsearch run directories in " + workRoot, ex);
		}
	}

	/** Remembers the node's processes so a later JVM can stop them if this one dies. */
	static void recordProcesses(Path run, List<Long> pids) {
		try {
			Files.writeString(run.resolve(PID_FILE),
					String.join("\n", pids.stream().map(String::valueOf).toList()) + "\n");
		}
		catch (IOException ex) {
			logger.debug("Could not record node pids in " + run, ex);
		}
	}

	private static void killRecorded(Path run) throws IOException {
		Path pids = run.resolve(PID_FILE);
		if (!Files.exists(pids)) {
			return;
		}
		for (String line : Files.readAllLines(pids)) {
			long pid = parseLong(line.strip());
			ProcessHandle.of(pid)
				.filter(p -> p.info().commandLine().map(c -> c.contains(run.toString())).orElse(false))
				.ifPresent(p -> {
					logger.warn("Stopping orphaned Elasticsearch process " + pid + " of a JVM that died");
					p.destroyForcibly();
				});
		}
	}

	static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(path, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}

		});
	}

	/** A short hash of the distribution's file names and sizes. */
	static String fingerprint(Path home) throws IOException {
		MessageDigest digest = sha256();
		try (Stream<Path> files = Files.walk(home)) {
			for (Path file : files.sorted().toList()) {
				digest.update(home.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
				if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
					digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.UTF_8));
				}
				digest.update((byte) 0);
			}
		}
		return HexFormat.of().formatHex(digest.digest(), 0, 6);
	}

	private static String shortHash(String value) {
		return HexFormat.of().formatHex(sha256().digest(value.getBytes(StandardCharsets.UTF_8)), 0, 6);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void createTraversable(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			Files.createDirectories(dir);
			Files.setPosixFilePermissions(dir,
					Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
							PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
							PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
							PosixFilePermission.OTHERS_EXECUTE));
		}
	}

	private static void copyRecursively(Path source, Path target) throws IOException {
		Files.walkFileTree(source, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Path copy = target.resolve(source.relativize(dir).toString());
				Files.createDirectories(copy);
				Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(dir));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
						LinkOption.NOFOLLOW_LINKS);
				return FileVisitResult.CONTINUE;
			}

		});
	}

	static void chownRecursively(Path root, UnprivilegedUser user) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.toList()) {
				Files.setAttribute(path, "unix:uid", user.uid(), LinkOption.NOFOLLOW_LINKS);
				Files.setAttribute(path, "unix:gid", user.gid(), LinkOption.NOFOLLOW_LINKS);
			}
		}
	}

	private static long parseLong(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
