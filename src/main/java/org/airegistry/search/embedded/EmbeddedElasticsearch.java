package org.airegistry.search.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * A real single-node Elasticsearch, started from the unpacked distribution as a child
 * process on free loopback ports. {@link #start} returns as soon as the process runs;
 * {@link #awaitReady()} blocks until {@code GET /_cluster/health} answers. When this JVM
 * runs as root the node runs as {@code nobody}.
 * <p>
 * One JVM shares one node: {@link #shared} starts it on first use and a shutdown hook
 * stops it, however many Spring contexts come and go.
 * <p>
 * The node is supervised: when its process dies without {@link #stop()}, it is started
 * again on the same ports and the same data directory after a back-off (1 s, doubling up
 * to 1 min, reset once it answers again), so the Elasticsearch client keeps its address,
 * the index keeps its documents, and the application returns to full mode and catches up
 * from the outbox by itself.
 */
public final class EmbeddedElasticsearch implements ElasticsearchReadiness, AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedElasticsearch.class);

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

	private static final int TAIL_BYTES = 6000;

	private static @Nullable EmbeddedElasticsearch shared;

	private static boolean shutdownHookRegistered;

	private final EmbeddedElasticsearchSettings settings;

	private final LaunchCommand launch;

	/**
	 * The first wait before a restart; doubles per failed attempt up to
	 * {@link #MAX_BACKOFF}.
	 */
	static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

	private final URI httpUri;

	private final AtomicInteger restarts = new AtomicInteger();

	/** The current incarnation of the node's process. */
	private volatile Incarnation current;

	private volatile Duration backoff = FIRST_BACKOFF;

	private volatile boolean stopped;

	/** One run of the node's process, from launch until it exits. */
	private record Incarnation(Process process, long startedAt, CompletableFuture<Duration> ready) {
	}

	private EmbeddedElasticsearch(EmbeddedElasticsearchSettings settings, LaunchCommand launch, Process process) {
		this.settings = settings;
		this.launch = launch;
		this.httpUri = URI.create("http://127.0.0.1:" + launch.httpPort());
		watch(new Incarnation(process, System.nanoTime(), new CompletableFuture<>()));
	}

	private void watch(Incarnation incarnation) {
		current = incarnation;
		Thread watcher = new Thread(() -> watchStartup(incarnation), "embedded-elasticsearch-startup");
		watcher.setDaemon(true);
		watcher.start();
		incarnation.process().onExit().thenRun(() -> exited(incarnation));
	}

	/**
	 * The node of this JVM, started with the given settings if none runs yet (later
	 * callers get the running node whatever settings they pass).
	 */
	public static synchronized EmbeddedElasticsearch shared(EmbeddedElasticsearchSettings settings) {
		EmbeddedElasticsearch node = shared;
		if (node == null || !node.isRunning()) {
			node = start(settings);
			shared = node;
			if (!shutdownHookRegistered) {
				Runtime.getRuntime()
					.addShutdownHook(new Thread(EmbeddedElasticsearch::stopShared, "embedded-elasticsearch-stop"));
				shutdownHookRegistered = true;
			}
		}
		return node;
	}

	/** The shared node, if one was started in this JVM and still runs. */
	public static synchronized Optional<EmbeddedElasticsearch> sharedIfRunning() {
		return Optional.ofNullable(shared).filter(EmbeddedElasticsearch::isRunning);
	}

	private static void stopShared() {
		EmbeddedElasticsearch node;
		synchronized (EmbeddedElasticsearch.class) {
			node = shared;
			shared = null;
		}
		if (node != null) {
			node.stop();
		}
	}

	/**
	 * Starts a node without waiting for it to answer. Prefer {@link #shared}: each node
	 * costs about 750 MB of memory.
	 */
	public static EmbeddedElasticsearch start(EmbeddedElasticsearchSettings settings) {
		UnprivilegedUser user = UnprivilegedUser.whenRoot().orElse(null);
		NodeDirectories.cleanStaleRuns(settings.workRoot());
		try {
			Path javaHome = Path.of(System.getProperty("java.home"));
			Path distribution = NodeDirectories.distribution(settings.home(), settings.plugins(), settings.workRoot(),
					user, javaHome);
			Path run = NodeDirectories.createRunDirectory(distribution, settings.workRoot(), user);
			Path data = NodeDirectories.dataDirectory(settings.dataDirectory(), run, settings.workRoot(), user);
			int[] ports = FreePorts.pick(2);
			LaunchCommand launch = new LaunchCommand(distribution, run, data, ports[0], ports[1], javaHome,
					settings.heap(), user);
			logger.info("Starting embedded Elasticsearch on %s (data %s%s, console log %s)".formatted(
					"http://127.0.0.1:" + launch.httpPort(), data, user == null ? "" : ", as user " + user.name(),
					launch.consoleLog()));
			return new EmbeddedElasticsearch(settings, launch, launch(launch));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded Elasticsearch from " + settings.home(), ex);
		}
	}

	/** Starts the node's process; its console output is appended to the console log. */
	private static Process launch(LaunchCommand launch) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.runDirectory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(launch.consoleLog().toFile()));
		Map<String, String> environment = builder.environment();
		Map<String, String> wanted = launch.environment(Map.copyOf(environment));
		environment.clear();
		environment.putAll(wanted);
		Process process = builder.start();
		NodeDirectories.recordProcesses(launch.runDirectory(), List.of(process.pid()));
		return process;
	}

	/** The process ended: unless it was stopped, start it again after the back-off. */
	private void exited(Incarnation incarnation) {
		if (stopped || incarnation != current) {
			return;
		}
		if (restarts.get() == 0 && !(incarnation.ready().isDone() && !incarnation.ready().isCompletedExceptionally())) {
			// never came up: a start-up failure, reported to whoever waits for the node
			return;
		}
		incarnation.ready().completeExceptionally(failure("exited with code " + incarnation.process().exitValue()));
		Duration wait = backoff;
		backoff = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
		logger.warn("Embedded Elasticsearch on %s died (exit code %d); starting it again in %d ms".formatted(httpUri,
				incarnation.process().exitValue(), wait.toMillis()));
		Thread.ofVirtual().name("embedded-elasticsearch-restart").start(() -> restartAfter(wait));
	}

	private void restartAfter(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		synchronized (this) {
			if (stopped) {
				return;
			}
			try {
				restarts.incrementAndGet();
				watch(new Incarnation(launch(launch), System.nanoTime(), new CompletableFuture<>()));
				logger.info("Restarted embedded Elasticsearch on %s (restart %d)".formatted(httpUri, restarts.get()));
			}
			catch (IOException ex) {
				logger.warn("Could not restart embedded Elasticsearch on " + httpUri + ": " + ex.getMessage());
				Duration next = backoff;
				backoff = next.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : next.multipliedBy(2);
				Thread.ofVirtual().name("embedded-elasticsearch-restart").start(() -> restartAfter(next));
			}
		}
	}

	/** How often the node was started again after its process died. */
	public int restarts() {
		return restarts.get();
	}

	/**
	 * The processes of the running node (launcher and server JVM), for a test that kills
	 * them.
	 */
	public List<ProcessHandle> processes() {
		Process process = current.process();
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		tree.add(process.toHandle());
		return tree;
	}

	/** Base URI of the REST API, e.g. {@code http://127.0.0.1:23456}. */
	public URI httpUri() {
		return httpUri;
	}

	/** Where the node's stdout and stderr go. */
	public Path consoleLog() {
		return launch.consoleLog();
	}

	/**
	 * Whether the node was not stopped: its process runs, or is being started again after
	 * it died.
	 */
	public boolean isRunning() {
		return !stopped;
	}

	/**
	 * Whether the node's current process has answered its health check and still runs.
	 */
	public boolean isReady() {
		Incarnation incarnation = current;
		return incarnation.ready().isDone() && !incarnation.ready().isCompletedExceptionally()
				&& incarnation.process().isAlive() && !stopped;
	}

	/** Waits up to the start timeout of the settings. */
	@Override
	public void awaitReady() {
		awaitReady(settings.startTimeout());
	}

	/**
	 * Waits until the node answers.
	 * @throws IllegalStateException when it failed to start (message includes the tail of
	 * its console log) or did not answer in time
	 */
	public void awaitReady(Duration timeout) {
		try {
			current.ready().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for embedded Elasticsearch", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IllegalStateException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException(
					"Embedded Elasticsearch on %s did not answer within %s".formatted(httpUri, timeout));
		}
		if (stopped) {
			throw new IllegalStateException("Embedded Elasticsearch on " + httpUri + " was stopped");
		}
	}

	/** Stops the node and its child processes and removes its run directory. */
	public void stop() {
		if (stopped) {
			return;
		}
		Process process;
		synchronized (this) {
			stopped = true;
			process = current.process();
		}
		current.ready().completeExceptionally(new IllegalStateException("Embedded Elasticsearch was stopped"));
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		tree.add(process.toHandle());
		tree.forEach(ProcessHandle::destroy);
		for (ProcessHandle handle : tree) {
			try {
				handle.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (ExecutionException | TimeoutException ex) {
				logger
					.warn("Elasticsearch process " + handle.pid() + " did not stop in " + STOP_GRACE + "; killing it");
			}
		}
		tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		try {
			process.waitFor(10, TimeUnit.SECONDS);
			NodeDirectories.deleteRecursively(launch.runDirectory());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			logger.debug("Could not delete " + launch.runDirectory(), ex);
		}
		logger.info("Stopped embedded Elasticsearch on " + httpUri);
	}

	@Override
	public void close() {
		stop();
	}

	private void watchStartup(Incarnation incarnation) {
		Process process = incarnation.process();
		CompletableFuture<Duration> ready = incarnation.ready();
		long deadline = incarnation.startedAt() + settings.startTimeout().toNanos();
		while (!stopped && !ready.isDone()) {
			if (!process.isAlive()) {
				ready.completeExceptionally(failure("exited with code " + process.exitValue() + " while starting"));
				return;
			}
			if (clusterAnswers()) {
				Duration took = Duration.ofNanos(System.nanoTime() - incarnation.startedAt());
				List<Long> pids = new ArrayList<>(List.of(process.pid()));
				process.descendants().forEach(p -> pids.add(p.pid()));
				NodeDirectories.recordProcesses(launch.runDirectory(), pids);
				logger.info("Embedded Elasticsearch ready on %s after %d ms".formatted(httpUri, took.toMillis()));
				backoff = FIRST_BACKOFF;
				ready.complete(took);
				return;
			}
			if (System.nanoTime() > deadline) {
				ready.completeExceptionally(failure("did not answer within " + settings.startTimeout()));
				if (restarts.get() == 0) {
					stop();
				}
				else {
					// a restarted node that hangs: kill it, the supervisor starts it
					// again
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly();
				}
				return;
			}
			try {
				Thread.sleep(POLL_INTERVAL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private boolean clusterAnswers() {
		try {
			HttpURLConnection connection = (HttpURLConnection) httpUri
				.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s")
				.toURL()
				.openConnection();
			connection.setConnectTimeout(1000);
			connection.setReadTimeout(3000);
			try {
				return connection.getResponseCode() == 200;
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException ex) {
			return false;
		}
	}

	private IllegalStateException failure(String what) {
		return new IllegalStateException("Embedded Elasticsearch on %s %s. Console log %s ends with:%n%s"
			.formatted(httpUri, what, launch.consoleLog(), tail(launch.consoleLog())));
	}

	/** The last few kilobytes of a log file, or a note why there are none. */
	static String tail(Path log) {
		if (!Files.isRegularFile(log)) {
			return "(no console log)";
		}
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			long start = Math.max(0, file.length() - TAIL_BYTES);
			byte[] bytes = new byte[(int) (file.length() - start)];
			file.seek(start);
			file.readFully(bytes);
			String text = new String(bytes, StandardCharsets.UTF_8);
			return start > 0 ? "..." + text.substring(Math.min(text.length(), Math.max(0, text.indexOf('\n') + 1)))
					: text;
		}
		catch (IOException ex) {
			return "(console log unreadable: " + ex.getMessage() + ")";
		}
	}

}
