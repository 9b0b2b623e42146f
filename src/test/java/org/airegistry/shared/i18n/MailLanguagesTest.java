package org.airegistry.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language of a mail: the recipient's, else the organisation's Member State's, else
 * English.
 */
class MailLanguagesTest {

	@TempDir
	Path root;

	@Test
	@DisplayName("The recipient's recorded language comes first when it is offered")
	void recorded() {
		Translations translations = TranslationFixtures.withComplete(root, "fr", "nl");
		assertThat(MailLanguages.of(translations, "fr", "DE")).isEqualTo(Locale.FRENCH);
		assertThat(MailLanguages.of(translations, "nl-BE", null)).isEqualTo(Locale.of("nl"));
	}

	@Test
	@DisplayName("Without an offered recorded language, the Member State's language, else English")
	void fallbacks() {
		Translations translations = TranslationFixtures.withComplete(root, "fr");
		assertThat(MailLanguages.of(translations, "pl", "BE")).as("Polish incomplete; Belgium: Dutch missing, French")
			.isEqualTo(Locale.FRENCH);
		assertThat(MailLanguages.of(translations, null, "LU")).isEqualTo(Locale.FRENCH);
		assertThat(MailLanguages.of(translations, "pl", "PL")).isEqualTo(Locale.ENGLISH);
		assertThat(MailLanguages.of(translations, null, "XX")).isEqualTo(Locale.ENGLISH);
		assertThat(MailLanguages.of(translations, "", "")).isEqualTo(Locale.ENGLISH);
	}

	@Test
	@DisplayName("With the portal's bundles: Austria and Germany get German, a recorded German wins over Sweden")
	void standard() {
		assertThat(MailLanguages.of(null, "AT")).isEqualTo(Locale.GERMAN);
		assertThat(MailLanguages.of("de", "SE")).isEqualTo(Locale.GERMAN);
		assertThat(MailLanguages.of("en", "DE")).isEqualTo(Locale.ENGLISH);
	}

	@Test
	@DisplayName("A person's language is recorded when it is an official EU language")
	void recordable() {
		assertThat(Languages.recordable("pl-PL")).isEqualTo("pl");
		assertThat(Languages.recordable("ga")).isEqualTo("ga");
		assertThat(Languages.recordable("ja")).isEqualTo("en");
		assertThat(Languages.recordable((String) null)).isEqualTo("en");
		assertThat(Languages.recordable("<script>")).isEqualTo("en");
	}

}
