package org.airegistry.search.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Finds the zip of the project's analysis plugin (built from {@code src/esplugin} into
 * {@code target/esplugin}) that the embedded node installs before it starts: the
 * configured zip, else the one the build passes to the tests, else the newest
 * {@code airegistry-analysis-*.zip} the build left below the working directory.
 */
public final class ElasticsearchPlugins {

	/** Spring property naming the plugin zip explicitly. */
	public static final String PROPERTY = "airegistry.search.embedded.plugin";

	/** System property that surefire and failsafe set to the plugin zip. */
	public static final String SYSTEM_PROPERTY = "airegistry.elasticsearch.plugin";

	/** Where {@code ./mvnw process-classes} puts the plugin zip. */
	public static final String DEFAULT_DIRECTORY = "target/esplugin";

	static final String DEFAULT_GLOB = "airegistry-analysis-*.zip";

	/** Name of the plugin inside Elasticsearch (its descriptor's {@code name}). */
	public static final String PLUGIN_NAME = "airegistry-analysis";

	private ElasticsearchPlugins() {
	}

	/**
	 * Resolves the plugin zip.
	 * @param configured the value of {@value #PROPERTY}, if set
	 * @param systemProperty the value of {@value #SYSTEM_PROPERTY}, if set
	 * @param workingDirectory the directory relative paths resolve against
	 * @return the absolute, normalized zip
	 * @throws IllegalStateException when there is no such zip: the index mapping needs
	 * the plugin's analyzers
	 */
	public static Path resolve(@Nullable String configured, @Nullable String systemProperty, Path workingDirectory) {
		String source;
		Path zip;
		if (hasText(configured)) {
			source = "property " + PROPERTY;
			zip = workingDirectory.resolve(configured.strip());
		}
		else if (hasText(systemProperty)) {
			source = "system property " + SYSTEM_PROPERTY;
			zip = workingDirectory.resolve(systemProperty.strip());
		}
		else {
			source = "default location " + DEFAULT_DIRECTORY + "/" + DEFAULT_GLOB;
			zip = newest(workingDirectory.resolve(DEFAULT_DIRECTORY));
		}
		if (zip == null || !Files.isRegularFile(zip)) {
			throw new IllegalStateException(("No Elasticsearch analysis plugin zip at %s (%s). "
					+ "Run ./mvnw process-classes to build it, point %s at the zip, "
					+ "or set spring.elasticsearch.uris to a cluster that has the plugin installed.")
				.formatted(zip == null ? workingDirectory.resolve(DEFAULT_DIRECTORY) : zip, source, PROPERTY));
		}
		return zip.toAbsolutePath().normalize();
	}

	private static @Nullable Path newest(Path directory) {
		if (!Files.isDirectory(directory)) {
			return null;
		}
		List<Path> zips = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, DEFAULT_GLOB)) {
			found.forEach(zips::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return zips.stream().max(Comparator.comparing(ElasticsearchPlugins::modified)).orElse(null);
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			return FileTime.fromMillis(0);
		}
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
