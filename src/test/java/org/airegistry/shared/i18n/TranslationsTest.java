package org.airegistry.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue's rules on fixture bundles: which languages are offered (only complete
 * ones), how missing keys are counted, which language a request gets.
 */
class TranslationsTest {

	@TempDir
	Path root;

	@Test
	@DisplayName("A language is offered only when every bundle has every key; missing keys are counted per language")
	void offersCompleteLanguagesOnly() throws IOException {
		Translations translations = fixture();
		assertThat(translations.missingKeysPerLanguage()).containsEntry("en", 0)
			.containsEntry("fr", 0)
			.containsEntry("pl", 2)
			.containsEntry("nl", 2);
		assertThat(translations.offered()).containsExactly(Locale.ENGLISH, Locale.FRENCH);
		assertThat(translations.bundleNames()).containsExactly(Translations.SHARED_BUNDLE, "i18n/alpha");
	}

	@Test
	@DisplayName("Requests get their language when offered, else English; a candidate list gives the first offered one")
	void chooses() throws IOException {
		Translations translations = fixture();
		assertThat(translations.supported(Locale.forLanguageTag("fr-BE"))).isEqualTo(Locale.FRENCH);
		assertThat(translations.supported(Locale.of("pl"))).isEqualTo(Locale.ENGLISH);
		assertThat(translations.supported(null)).isEqualTo(Locale.ENGLISH);
		assertThat(translations.firstOffered(Arrays.asList(null, Locale.of("pl"), Locale.FRENCH)))
			.isEqualTo(Locale.FRENCH);
		assertThat(translations.firstOffered(Arrays.asList(Locale.of("pl"), Locale.of("nl"))))
			.isEqualTo(Locale.ENGLISH);
	}

	@Test
	@DisplayName("Texts come from the first bundle that has the key, formatted with the language's plural rules")
	void formats() throws IOException {
		Translations translations = fixture();
		assertThat(translations.text("app.name", Locale.FRENCH)).isEqualTo("Registre");
		assertThat(translations.text("alpha.count", Locale.FRENCH, 0)).isEqualTo("0 entrée");
		assertThat(translations.text("alpha.count", Locale.FRENCH, 2)).isEqualTo("2 entrées");
		assertThat(translations.text("alpha.count", Locale.ENGLISH, 1)).isEqualTo("1 entry");
		assertThat(translations.text("alpha.count", Locale.of("pl"), 5)).as("Polish is incomplete: English")
			.isEqualTo("5 entries");
		assertThat(translations.text("alpha.none", Locale.FRENCH)).isEqualTo("!alpha.none!");
	}

	@Test
	@DisplayName("A bundle that is not UTF-8 (e.g. ISO-8859-1) is refused instead of showing broken characters")
	void refusesLatin1() throws IOException {
		write("vaadin-i18n/translations.properties", "app.name=Registry\n");
		Files.write(root.resolve("vaadin-i18n/translations_de.properties"),
				"app.name=Register f\u00fcr KI\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThatThrownBy(() -> Translations.load(loader())).hasMessageContaining("not UTF-8");
	}

	private Translations fixture() throws IOException {
		write("vaadin-i18n/translations.properties", "app.name=Registry\n");
		write("vaadin-i18n/translations_fr.properties", "app.name=Registre\n");
		write("vaadin-i18n/translations_pl.properties", "app.name=Rejestr\n");
		write("i18n/alpha.properties", "alpha.count={0, plural, one {# entry} other {# entries}}\nalpha.title=Alpha\n");
		write("i18n/alpha_fr.properties",
				"alpha.count={0, plural, one {# entrée} other {# entrées}}\nalpha.title=Alpha en français\n");
		write("i18n/alpha_pl.properties", "alpha.title=\n");
		write("i18n/alpha_nl.properties", "alpha.title=Alfa\n");
		return Translations.load(loader());
	}

	private ClassLoader loader() throws IOException {
		return new URLClassLoader(new URL[] { root.toUri().toURL() }, null);
	}

	private void write(String name, String content) throws IOException {
		Path file = root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
