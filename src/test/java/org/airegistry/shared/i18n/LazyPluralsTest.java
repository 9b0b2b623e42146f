package org.airegistry.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: counts read as sentences ("1 entry", "3 entries", "1 month"), never as lazy
 * plurals ("entr(y/ies)", "request(s)", "1 month(s)", "0 day(s)", "Anfrage(n)"): every
 * count goes through an ICU plural message in every language.
 */
class LazyPluralsTest {

	/**
	 * A plural ending in brackets right after a word. Polish "(a)" is not one: it is the
	 * feminine form ("złożył(a)").
	 */
	static final Pattern LAZY_PLURAL = Pattern.compile("\\p{L}\\((?:s|es|e|en|n|er|i|ies|y/ies|y|ów|x)\\)");

	static final List<String> LANGUAGES = List.of("en", "de", "fr", "nl", "pl", "it", "es");

	@Test
	@DisplayName("The pattern finds the lazy plurals the issue named, and not legal references or Polish gender forms")
	void patternFindsTheIssuesExamples() {
		for (String lazy : List.of("3 entr(y/ies)", "2 request(s)", "1 month(s)", "0 day(s)", "2 Anfrage(n)",
				"3 demande(s)")) {
			assertThat(LAZY_PLURAL.matcher(lazy).find()).as(lazy).isTrue();
		}
		for (String fine : List.of("Art 27(1)(e)", "Annex III point 1(a)", "Złożył(a) Pan/Pani",
				"{0, plural, one {# entry} other {# entries}}")) {
			assertThat(LAZY_PLURAL.matcher(fine).find()).as(fine).isFalse();
		}
	}

	@Test
	@DisplayName("Issue 21: no message in any bundle and language writes a plural in brackets")
	void noLazyPlurals() {
		Translations translations = Translations.standard();
		List<String> lazy = new ArrayList<>();
		for (String bundle : translations.bundleNames()) {
			for (String language : LANGUAGES) {
				Properties file = translations.file(bundle, language);
				for (String key : file.stringPropertyNames()) {
					String value = file.getProperty(key);
					if (LAZY_PLURAL.matcher(value).find()) {
						lazy.add(bundle + "_" + language + ": " + key + " = " + value);
					}
				}
			}
		}
		assertThat(lazy).as("messages with a plural in brackets (use {0, plural, one {…} other {…}})").isEmpty();
	}

}
