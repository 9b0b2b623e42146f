package org.airegistry.search.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How to start the embedded node.
 *
 * @param home the unpacked distribution
 * @param dataDirectory where indices persist across starts, or {@code null} for fresh,
 * throw-away data on every start
 * @param heap heap size of the node's JVM, e.g. {@code 512m}
 * @param startTimeout how long to wait for the node to answer
 * @param workRoot where the copy of the distribution and the run directories live
 * @param plugins plugin zips installed into the node's copy of the distribution before it
 * starts (the project's analysis plugin, see {@link ElasticsearchPlugins})
 */
public record EmbeddedElasticsearchSettings(Path home, @Nullable Path dataDirectory, String heap, Duration startTimeout,
		Path workRoot, List<Path> plugins) {

	public static final String DEFAULT_HEAP = "512m";

	public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

	/** Start timeout of {@link #forTests()}. */
	public static final Duration TEST_START_TIMEOUT = Duration.ofSeconds(300);

	public EmbeddedElasticsearchSettings {
		Objects.requireNonNull(home, "home");
		Objects.requireNonNull(heap, "heap");
		Objects.requireNonNull(startTimeout, "startTimeout");
		Objects.requireNonNull(workRoot, "workRoot");
		plugins = List.copyOf(plugins);
		if (!heap.matches("[1-9][0-9]*[mMgG]")) {
			throw new IllegalArgumentException("Heap must look like 512m or 1g, was " + heap);
		}
	}

	/**
	 * Fresh data, default heap and timeout, work root below {@code java.io.tmpdir}, no
	 * plugins.
	 */
	public static EmbeddedElasticsearchSettings of(Path home) {
		return new EmbeddedElasticsearchSettings(home, null, DEFAULT_HEAP, DEFAULT_START_TIMEOUT,
				NodeDirectories.defaultWorkRoot(), List.of());
	}

	/** These settings with the given plugin zips instead. */
	public EmbeddedElasticsearchSettings withPlugins(List<Path> plugins) {
		return new EmbeddedElasticsearchSettings(home, dataDirectory, heap, startTimeout, workRoot, plugins);
	}

	/**
	 * Settings for tests without Spring: the distribution the build passes in system
	 * property {@value ElasticsearchHome#SYSTEM_PROPERTY} (or the default location) with
	 * the analysis plugin of system property
	 * {@value ElasticsearchPlugins#SYSTEM_PROPERTY} (or the default location), fresh
	 * data.
	 */
	public static EmbeddedElasticsearchSettings forTests() {
		Path workingDirectory = Path.of("").toAbsolutePath();
		EmbeddedElasticsearchSettings settings = of(ElasticsearchHome.resolve(null,
				System.getProperty(ElasticsearchHome.SYSTEM_PROPERTY), workingDirectory))
			.withPlugins(List.of(ElasticsearchPlugins.resolve(null,
					System.getProperty(ElasticsearchPlugins.SYSTEM_PROPERTY), workingDirectory)));
		// build machines are often shared and loaded: starting can take minutes there
		return new EmbeddedElasticsearchSettings(settings.home(), settings.dataDirectory(), settings.heap(),
				TEST_START_TIMEOUT, settings.workRoot(), settings.plugins());
	}

}
