package org.airegistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.airegistry.shared.i18n.TranslationFixtures;
import org.airegistry.shared.i18n.Translations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vaadin.flow.router.Location;

/**
 * The order of the language choice: {@code lang} parameter, profile, cookie, browser,
 * English; only complete languages count (fixture: English, French, Dutch complete;
 * Polish incomplete).
 */
class LocaleChoiceTest {

	@TempDir
	Path root;

	static final Locale FR = Locale.FRENCH;

	static final Locale NL = Locale.of("nl");

	static final Locale PL = Locale.of("pl");

	@Test
	@DisplayName("The lang parameter wins over profile, cookie and browser")
	void parameterFirst() {
		Translations t = TranslationFixtures.withComplete(root, "fr", "nl");
		assertThat(LocaleSupport.choose(t, NL, FR, FR, List.of(FR))).isEqualTo(NL);
	}

	@Test
	@DisplayName("Then the profile, the cookie, the browser's languages in order, else English")
	void order() {
		Translations t = TranslationFixtures.withComplete(root, "fr", "nl");
		assertThat(LocaleSupport.choose(t, null, NL, FR, List.of(FR))).isEqualTo(NL);
		assertThat(LocaleSupport.choose(t, null, null, NL, List.of(FR))).isEqualTo(NL);
		assertThat(LocaleSupport.choose(t, null, null, null, List.of(Locale.forLanguageTag("fr-BE"), NL)))
			.isEqualTo(FR);
		assertThat(LocaleSupport.choose(t, null, null, null, List.of())).isEqualTo(Locale.ENGLISH);
	}

	@Test
	@DisplayName("An incomplete or unknown language is skipped at every step")
	void incompleteSkipped() {
		Translations t = TranslationFixtures.withComplete(root, "fr");
		assertThat(LocaleSupport.choose(t, PL, null, null, List.of(PL, FR))).as("Polish bundles are incomplete")
			.isEqualTo(FR);
		assertThat(LocaleSupport.choose(t, Locale.forLanguageTag("xx"), PL, Locale.JAPANESE, List.of(PL)))
			.isEqualTo(Locale.ENGLISH);
	}

	@Test
	@DisplayName("The switcher's address keeps the page and its parameters and sets lang")
	void switcherAddress() {
		assertThat(LocaleSupport.withLanguage(new Location("search?q=cv&lang=en"), Locale.GERMAN)).contains("q=cv")
			.contains("lang=de")
			.doesNotContain("lang=en")
			.startsWith("search?");
		assertThat(LocaleSupport.withLanguage(new Location("systems/AIR-000001"), FR))
			.isEqualTo("systems/AIR-000001?lang=fr");
	}

}
