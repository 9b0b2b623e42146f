package org.airegistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every UI text exists in every offered language, in every bundle, and every pattern is
 * valid.
 */
class TranslationCompletenessTest {

	/** Each bundle with each offered language. */
	static List<Arguments> bundlesAndLanguages() {
		List<Arguments> arguments = new ArrayList<>();
		for (String bundle : RegistryI18nProvider.bundleNames()) {
			for (Locale language : RegistryI18nProvider.LANGUAGES) {
				arguments.add(Arguments.of(bundle, language));
			}
		}
		return arguments;
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("bundlesAndLanguages")
	@DisplayName("Each language has exactly the keys of the English bundle, none empty, every pattern valid")
	void sameKeysAndValidPatterns(String bundle, Locale language) throws IOException {
		Properties english = load(bundle, "");
		Properties other = language.equals(Locale.ENGLISH) ? english : load(bundle, "_" + language.getLanguage());
		Set<String> missing = new TreeSet<>(english.stringPropertyNames());
		missing.removeAll(other.stringPropertyNames());
		Set<String> extra = new TreeSet<>(other.stringPropertyNames());
		extra.removeAll(english.stringPropertyNames());
		assertThat(missing).as("keys missing in " + bundle + " " + language).isEmpty();
		assertThat(extra).as("keys only in " + bundle + " " + language).isEmpty();
		for (String key : other.stringPropertyNames()) {
			assertThat(other.getProperty(key)).as(key).isNotBlank();
			MessageFormat format = new MessageFormat(other.getProperty(key), language);
			MessageFormat reference = new MessageFormat(english.getProperty(key), Locale.ENGLISH);
			assertThat(format.getFormatsByArgumentIndex().length).as("arguments of " + key + " in " + language)
				.isEqualTo(reference.getFormatsByArgumentIndex().length);
		}
	}

	@Test
	@DisplayName("No key is defined in two bundles (the first would silently win)")
	void keysAreUnique() throws IOException {
		Map<String, String> owner = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (String bundle : RegistryI18nProvider.bundleNames()) {
			for (String key : load(bundle, "").stringPropertyNames()) {
				String previous = owner.putIfAbsent(key, bundle);
				if (previous != null) {
					duplicates.add(key + " in " + previous + " and " + bundle);
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	@DisplayName("The provider falls back to English, formats numbers per language and marks missing keys")
	void provider() {
		RegistryI18nProvider provider = new RegistryI18nProvider();
		assertThat(provider.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Startseite");
		assertThat(provider.getTranslation("nav.home", Locale.JAPANESE)).isEqualTo("Home");
		assertThat(provider.getTranslation("validation.tooLong", Locale.GERMAN, 5000, 10000)).contains("5.000")
			.contains("10.000");
		assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
	}

	private static Properties load(String bundle, String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationCompletenessTest.class
			.getResourceAsStream("/" + bundle + suffix + ".properties")) {
			assertThat(in).as("bundle " + bundle + suffix).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
