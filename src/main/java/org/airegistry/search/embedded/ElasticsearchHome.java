package org.airegistry.search.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Finds the unpacked Elasticsearch distribution: the configured home, else the home the
 * build passes to the tests, else the build's unpack directory below the working
 * directory.
 */
public final class ElasticsearchHome {

	/** Spring property naming the distribution directory explicitly. */
	public static final String PROPERTY = "airegistry.search.embedded.home";

	/** System property that surefire and failsafe set to the unpacked distribution. */
	public static final String SYSTEM_PROPERTY = "airegistry.elasticsearch.home";

	/** Where {@code ./mvnw generate-resources} unpacks the distribution. */
	public static final String DEFAULT_RELATIVE = "target/elasticsearch/elasticsearch-9.2.0";

	private ElasticsearchHome() {
	}

	/**
	 * Resolves the distribution directory.
	 * @param configured the value of {@value #PROPERTY}, if set
	 * @param systemProperty the value of {@value #SYSTEM_PROPERTY}, if set
	 * @param workingDirectory the directory relative paths resolve against
	 * @return the absolute, normalized home
	 * @throws IllegalStateException when the chosen directory holds no distribution
	 */
	public static Path resolve(@Nullable String configured, @Nullable String systemProperty, Path workingDirectory) {
		String source;
		String value;
		if (hasText(configured)) {
			source = "property " + PROPERTY;
			value = configured;
		}
		else if (hasText(systemProperty)) {
			source = "system property " + SYSTEM_PROPERTY;
			value = systemProperty;
		}
		else {
			source = "default location";
			value = DEFAULT_RELATIVE;
		}
		Path home = workingDirectory.resolve(value.strip()).toAbsolutePath().normalize();
		if (!Files.isRegularFile(launcher(home))) {
			throw new IllegalStateException(("No Elasticsearch distribution at %s (%s): %s is missing. "
					+ "Run ./mvnw generate-resources to unpack it, point %s at a distribution, "
					+ "or set spring.elasticsearch.uris to use a running cluster "
					+ "(airegistry.search.embedded.enabled=false starts none).")
				.formatted(home, source, launcher(home), PROPERTY));
		}
		return home;
	}

	/** The start script inside a distribution. */
	public static Path launcher(Path home) {
		return home.resolve("bin").resolve("elasticsearch");
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
