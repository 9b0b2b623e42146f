package org.airegistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every UI text exists in every offered language, and every pattern is valid. */
class TranslationCompletenessTest {

	static Set<Locale> otherLanguages() {
		Set<Locale> others = new java.util.LinkedHashSet<>(RegistryI18nProvider.LANGUAGES);
		others.remove(Locale.ENGLISH);
		return others;
	}

	static java.util.List<Locale> allLanguages() {
		return RegistryI18nProvider.LANGUAGES;
	}

	@ParameterizedTest
	@MethodSource("otherLanguages")
	@DisplayName("Each language has exactly the keys of the English bundle, none empty")
	void sameKeys(Locale language) throws IOException {
		Properties english = load("");
		Properties other = load("_" + language.getLanguage());
		Set<String> missing = new TreeSet<>(english.stringPropertyNames());
		missing.removeAll(other.stringPropertyNames());
		Set<String> extra = new TreeSet<>(other.stringPropertyNames());
		extra.removeAll(english.stringPropertyNames());
		assertThat(missing).as("keys missing in " + language).isEmpty();
		assertThat(extra).as("keys only in " + language).isEmpty();
		assertThat(other.stringPropertyNames()).allSatisfy(key -> assertThat(other.getProperty(key)).isNotBlank());
	}

	@ParameterizedTest
	@MethodSource("allLanguages")
	@DisplayName("Every message pattern parses and keeps its arguments")
	void patternsParse(Locale language) throws IOException {
		Properties bundle = load(language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage());
		Properties english = load("");
		for (String key : bundle.stringPropertyNames()) {
			MessageFormat format = new MessageFormat(bundle.getProperty(key), language);
			MessageFormat reference = new MessageFormat(english.getProperty(key, ""), Locale.ENGLISH);
			assertThat(format.getFormatsByArgumentIndex().length).as("arguments of " + key + " in " + language)
				.isEqualTo(reference.getFormatsByArgumentIndex().length);
		}
	}

	@org.junit.jupiter.api.Test
	@DisplayName("The provider falls back to English and marks missing keys visibly")
	void provider() {
		RegistryI18nProvider provider = new RegistryI18nProvider();
		assertThat(provider.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Startseite");
		assertThat(provider.getTranslation("nav.home", Locale.JAPANESE)).isEqualTo("Home");
		assertThat(provider.getTranslation("validation.tooLong", Locale.GERMAN, 5000, 10000)).contains("5.000")
			.contains("10.000");
		assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
	}

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationCompletenessTest.class
			.getResourceAsStream("/" + RegistryI18nProvider.BUNDLE + suffix + ".properties")) {
			assertThat(in).as("bundle " + suffix).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
