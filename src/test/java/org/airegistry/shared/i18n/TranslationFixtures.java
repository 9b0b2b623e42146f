package org.airegistry.shared.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bundles written into a folder for tests: English, complete translations in the given
 * languages and an incomplete Polish one, so that language rules can be checked whatever
 * languages the real bundles offer.
 */
public final class TranslationFixtures {

	private TranslationFixtures() {
	}

	/** Translations with English, the complete languages and an incomplete Polish. */
	public static Translations withComplete(Path root, String... languages) {
		try {
			write(root, "vaadin-i18n/translations.properties", "app.name=Registry\n");
			write(root, "i18n/alpha.properties", "alpha.count={0, plural, one {# entry} other {# entries}}\n");
			for (String language : languages) {
				write(root, "vaadin-i18n/translations_" + language + ".properties",
						"app.name=Registry " + language + "\n");
				write(root, "i18n/alpha_" + language + ".properties",
						"alpha.count={0, plural, one {# " + language + "} other {# " + language + "s}}\n");
			}
			write(root, "vaadin-i18n/translations_pl.properties", "app.name=Rejestr\n");
			return Translations.load(new URLClassLoader(new URL[] { root.toUri().toURL() }, null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path root, String name, String content) throws IOException {
		Path file = root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
