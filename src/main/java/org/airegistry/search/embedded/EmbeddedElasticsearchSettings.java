package org.airegistry.search.embedded;

import java.nio.file.Path;
import java.time.Duration;
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
 */
public record EmbeddedElasticsearchSettings(Path home, @Nullable Path dataDirectory, String heap, Duration startTimeout,
		Path workRoot) {

	public static final String DEFAULT_HEAP = "512m";

	public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

	public EmbeddedElasticsearchSettings {
		Objects.requireNonNull(home, "home");
		Objects.requireNonNull(heap, "heap");
		Objects.requireNonNull(startTimeout, "startTimeout");
		Objects.requireNonNull(workRoot, "workRoot");
		if (!heap.matches("[1-9][0-9]*[mMgG]")) {
			throw new IllegalArgumentException("Heap must look like 512m or 1g, was " + heap);
		}
	}

	/** Fresh data, default heap and timeout, work root below {@code java.io.tmpdir}. */
	public static EmbeddedElasticsearchSettings of(Path home) {
		return new EmbeddedElasticsearchSettings(home, null, DEFAULT_HEAP, DEFAULT_START_TIMEOUT,
				NodeDirectories.defaultWorkRoot());
	}

	/**
	 * Settings for tests without Spring: the distribution the build passes in system
	 * property {@value ElasticsearchHome#SYSTEM_PROPERTY} (or the default location),
	 * fresh data.
	 */
	public static EmbeddedElasticsearchSettings forTests() {
		return of(ElasticsearchHome.resolve(null, System.getProperty(ElasticsearchHome.SYSTEM_PROPERTY),
				Path.of("").toAbsolutePath()));
	}

}
