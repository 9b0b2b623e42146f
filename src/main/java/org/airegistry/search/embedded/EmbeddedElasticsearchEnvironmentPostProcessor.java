package org.airegistry.search.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded Elasticsearch node when no cluster is configured, before Spring
 * Boot's Elasticsearch client is created, and points {@code spring.elasticsearch.uris} at
 * it. The node starts in the background while the application context builds; code that
 * uses Elasticsearch waits through {@link ElasticsearchReadiness}.
 * <p>
 * Also contributes the search module's defaults (lowest precedence).
 */
public class EmbeddedElasticsearchEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** Set to {@code false} to never start a node (search then degrades). */
	public static final String ENABLED = "airegistry.search.embedded.enabled";

	/** Persistent data directory; blank for fresh data on every start. */
	public static final String DATA_DIR = "airegistry.search.embedded.data-dir";

	/**
	 * Heap of the node's JVM, default
	 * {@value EmbeddedElasticsearchSettings#DEFAULT_HEAP}.
	 */
	public static final String HEAP = "airegistry.search.embedded.heap";

	/** How long users of Elasticsearch wait for the node, default 120s. */
	public static final String START_TIMEOUT = "airegistry.search.embedded.start-timeout";

	/** Set by this post-processor when it pointed the client at the embedded node. */
	public static final String RUNNING = "airegistry.search.embedded.running";

	/**
	 * Set by this post-processor: the embedded node's REST address (stays the node's even
	 * if a later initializer points {@code spring.elasticsearch.uris} elsewhere, e.g. at
	 * a proxy in a test).
	 */
	public static final String HTTP_URI = "airegistry.search.embedded.http-uri";

	/** Prefix of all index and alias names (empty in production). */
	public static final String INDEX_PREFIX = "airegistry.search.index-prefix";

	static final String URIS = "spring.elasticsearch.uris";

	static final String EMBEDDED_SOURCE = "embeddedElasticsearch";

	static final String DEFAULTS_SOURCE = "searchModuleDefaults";

	/** Data directory of the dev run (tests get fresh data). */
	static final String DEV_DATA_DIR = "target/run/es-data";

	/** Property Spring Boot's test support adds to every test context's environment. */
	static final String SPRING_BOOT_TEST_MARKER = "org.springframework.boot.test.context.SpringBootTestContextBootstrapper";

	private final Log log;

	public EmbeddedElasticsearchEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedElasticsearchEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		// after the application's own configuration has been loaded
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		addDefaults(environment);
		if (clusterConfigured(environment)) {
			log.debug("spring.elasticsearch.uris is set: not starting embedded Elasticsearch");
			return;
		}
		if (!environment.getProperty(ENABLED, Boolean.class, true)) {
			log.info("Embedded Elasticsearch disabled and spring.elasticsearch.uris not set: "
					+ "search answers from the database until a cluster is configured");
			return;
		}
		EmbeddedElasticsearch node = EmbeddedElasticsearch.shared(settings(environment));
		environment.getPropertySources()
			.addFirst(new MapPropertySource(EMBEDDED_SOURCE, Map.of(URIS, node.httpUri().toString(), HTTP_URI,
					node.httpUri().toString(), RUNNING, Boolean.TRUE.toString())));
		log.info("Using embedded Elasticsearch on %s (console log %s)".formatted(node.httpUri(), node.consoleLog()));
	}

	static boolean clusterConfigured(ConfigurableEnvironment environment) {
		return Binder.get(environment)
			.bind(URIS, Bindable.listOf(String.class))
			.map(uris -> uris.stream().anyMatch(uri -> !uri.isBlank()))
			.orElse(false);
	}

	static EmbeddedElasticsearchSettings settings(ConfigurableEnvironment environment) {
		Binder binder = Binder.get(environment);
		Path workingDirectory = Path.of("").toAbsolutePath();
		Path home = ElasticsearchHome.resolve(environment.getProperty(ElasticsearchHome.PROPERTY),
				System.getProperty(ElasticsearchHome.SYSTEM_PROPERTY), workingDirectory);
		Path plugin = ElasticsearchPlugins.resolve(environment.getProperty(ElasticsearchPlugins.PROPERTY),
				System.getProperty(ElasticsearchPlugins.SYSTEM_PROPERTY), workingDirectory);
		String dataDir = environment.getProperty(DATA_DIR, "");
		return new EmbeddedElasticsearchSettings(home, dataDir.isBlank() ? null : workingDirectory.resolve(dataDir),
				environment.getProperty(HEAP, EmbeddedElasticsearchSettings.DEFAULT_HEAP),
				binder.bind(START_TIMEOUT, Duration.class).orElse(EmbeddedElasticsearchSettings.DEFAULT_START_TIMEOUT),
				NodeDirectories.defaultWorkRoot(), List.of(plugin));
	}

	/**
	 * Defaults of the search module: republish outstanding events on restart; in the dev
	 * run keep index data across restarts; in Spring Boot tests (which share one node per
	 * JVM) give each context its own index names.
	 */
	static void addDefaults(ConfigurableEnvironment environment) {
		if (environment.getPropertySources().contains(DEFAULTS_SOURCE)) {
			return;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.modulith.events.republish-outstanding-events-on-restart", "true");
		if (environment.containsProperty(SPRING_BOOT_TEST_MARKER)) {
			defaults.put(INDEX_PREFIX, "test-" + UUID.randomUUID().toString().substring(0, 8) + "-");
		}
		else {
			defaults.put(DATA_DIR, DEV_DATA_DIR);
		}
		environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS_SOURCE, defaults));
	}

}
