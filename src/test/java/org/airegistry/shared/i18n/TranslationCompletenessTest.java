package org.airegistry.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

/**
 * Every language present in the bundles, checked against English: the same keys (a
 * language is offered only when none is missing), the same arguments in a compatible
 * form, valid ICU syntax, plural categories of the language, doubled apostrophes where
 * there are arguments, and no English left behind.
 */
class TranslationCompletenessTest {

	private static final Translations TRANSLATIONS = Translations.standard();

	/**
	 * Words that are the same in every language: names of the product's technologies,
	 * formats and units. A value made only of these, the glossary's untranslatable terms
	 * and the words the language lists as its own ({@link #sameAsEnglish}), arguments,
	 * numbers and punctuation may equal the English one.
	 */
	private static final Set<String> NAMES = Set.of("pdf", "csv", "json", "api", "url", "sha", "atom", "openapi",
			"swagger", "ui", "rest", "flop", "html", "https", "http", "www", "id", "ok", "eu", "ai", "gpai", "ki", "mb",
			"kb", "ce", "nace", "lei", "eori", "iso", "dsgvo", "gdpr", "gpt", "email", "e-mail", "max", "min");

	/**
	 * English function words; two different ones in a translated value mean English was
	 * left in it.
	 */
	private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "your", "you", "with", "this", "that", "for",
			"are", "from", "has", "have", "which", "will", "not", "been", "there", "their", "should");

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

	/**
	 * The ICU syntax around words: argument heads, plural selectors, {@code #}, braces.
	 */
	private static final Pattern SYNTAX = Pattern.compile(
			"\\{\\s*\\d+\\s*(,\\s*(plural|select|selectordinal|number|date|time|choice)\\s*(,\\s*[a-z]+\\s*(?=}))?)?"
					+ "|\\b(zero|one|two|few|many|other)\\s*\\{|=\\d+\\s*\\{|[#{}]");

	/** Each bundle with each language that has at least one bundle file (English too). */
	static List<Arguments> bundlesAndLanguages() {
		List<Arguments> arguments = new ArrayList<>();
		for (String bundle : TRANSLATIONS.bundleNames()) {
			for (String language : TRANSLATIONS.missingKeysPerLanguage().keySet()) {
				arguments.add(Arguments.of(bundle, language));
			}
		}
		return arguments;
	}

	@Test
	@DisplayName("Reports per language how many keys are missing; exactly the complete languages are offered")
	void missingKeysPerLanguage() {
		Map<String, Integer> missing = TRANSLATIONS.missingKeysPerLanguage();
		int total = TRANSLATIONS.bundleNames()
			.stream()
			.mapToInt(bundle -> TRANSLATIONS.file(bundle, "en").size())
			.sum();
		System.out.println("Translation keys: " + total);
		missing.forEach((language, count) -> System.out.printf("  %s (%s): %d missing%s%n", language,
				OfficialLanguages.ownName(Locale.of(language)), count, count == 0 ? ", offered" : ", not offered"));
		assertThat(missing).as("issue 19: English, German, French, Dutch, Italian, Spanish and Polish are complete")
			.containsEntry("en", 0)
			.containsEntry("de", 0)
			.containsEntry("fr", 0)
			.containsEntry("nl", 0)
			.containsEntry("it", 0)
			.containsEntry("es", 0)
			.containsEntry("pl", 0);
		Set<String> complete = missing.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == 0)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		assertThat(TRANSLATIONS.offered().stream().map(Locale::getLanguage))
			.containsExactlyInAnyOrderElementsOf(complete);
		assertThat(total).isGreaterThan(1000);
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("bundlesAndLanguages")
	@DisplayName("A translation has only keys of English, non-empty, with English's arguments in valid ICU syntax")
	void sameKeysAndArguments(String bundle, String language) {
		Properties english = TRANSLATIONS.file(bundle, "en");
		Properties translated = TRANSLATIONS.file(bundle, language);
		if (TRANSLATIONS.isOffered(Locale.of(language))) {
			assertThat(translated.stringPropertyNames()).as("keys of " + bundle + " in " + language)
				.containsAll(english.stringPropertyNames());
		}
		Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
		extra.removeAll(english.stringPropertyNames());
		assertThat(extra).as("keys only in " + bundle + " " + language + " (not in English)").isEmpty();
		List<String> problems = new ArrayList<>();
		PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(language));
		for (String key : new TreeSet<>(translated.stringPropertyNames())) {
			String value = translated.getProperty(key);
			String reference = english.getProperty(key);
			if (value.isBlank()) {
				problems.add(key + ": empty");
				continue;
			}
			MessageArguments expected = MessageArguments.of(reference);
			MessageArguments actual;
			try {
				actual = MessageArguments.of(value);
			}
			catch (IllegalArgumentException ex) {
				problems.add(key + ": not valid ICU syntax (" + ex.getMessage() + ")");
				continue;
			}
			if (!actual.kinds.keySet().equals(expected.kinds.keySet())) {
				problems.add(key + ": arguments " + actual.kinds.keySet() + ", English has " + expected.kinds.keySet());
				continue;
			}
			actual.kinds.forEach((name, kind) -> {
				if (kind == MessageArguments.Kind.CHOICE) {
					problems.add(key + ": {" + name + ",choice} (use an ICU plural)");
				}
				else if (!kind.compatibleWith(expected.kinds.get(name))) {
					problems.add(key + ": argument {" + name + "} is " + kind + " but " + expected.kinds.get(name)
							+ " in English");
				}
			});
			for (List<String> keywords : actual.pluralKeywords) {
				Set<String> unknown = new TreeSet<>(keywords);
				unknown.removeAll(rules.getKeywords());
				Set<String> lacking = new TreeSet<>(requiredCategories(rules));
				lacking.removeAll(keywords);
				if (!unknown.isEmpty() || !lacking.isEmpty()) {
					problems.add(key + ": plural categories " + keywords + "; " + language + " needs " + lacking
							+ (unknown.isEmpty() ? "" : ", has no " + unknown));
				}
			}
			if (!actual.kinds.isEmpty() && Pattern.compile("(?<!')'(?!')").matcher(value).find()) {
				problems.add(key + ": single ASCII apostrophe in a value with arguments (write ’ or '')");
			}
		}
		assertThat(problems).as(bundle + " in " + language).isEmpty();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("bundlesAndLanguages")
	@DisplayName("No English is left in a translated bundle, except names, shared one-word labels and the glossary's untranslatable terms")
	void noEnglishLeft(String bundle, String language) {
		if (language.equals("en")) {
			return;
		}
		Properties english = TRANSLATIONS.file(bundle, "en");
		Properties translated = TRANSLATIONS.file(bundle, language);
		Set<String> untranslatable = Glossary.load(language)
			.stream()
			.filter(Glossary.Term::untranslatable)
			.flatMap(term -> words(term.english()).stream())
			.collect(Collectors.toSet());
		Set<String> shared = sameAsEnglish(language);
		List<String> problems = new ArrayList<>();
		for (String key : new TreeSet<>(translated.stringPropertyNames())) {
			String value = translated.getProperty(key);
			if (value.strip().equals(english.getProperty(key, "").strip())) {
				Set<String> left = words(value);
				left.removeAll(NAMES);
				left.removeAll(untranslatable);
				left.removeAll(shared);
				if (!left.isEmpty()) {
					problems.add(key + " is the English text " + left);
				}
				continue;
			}
			Set<String> englishWords = words(value);
			englishWords.retainAll(ENGLISH_WORDS);
			if (englishWords.size() >= 2) {
				problems.add(key + " still has English words " + englishWords + ": " + value);
			}
		}
		assertThat(problems).as(bundle + " in " + language).isEmpty();
	}

	@Test
	@DisplayName("The English-left check fails a value copied from English unless the language lists its words as its own")
	void englishLeftNeedsTheLanguagesOwnWords() {
		assertThat(sameAsEnglish("it")).contains("no").doesNotContain("password", "home");
		assertThat(sameAsEnglish("es")).contains("no");
		assertThat(sameAsEnglish("de")).contains("status").doesNotContain("no");
		assertThat(sameAsEnglish("xx")).isEmpty();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("bundlesAndLanguages")
	@DisplayName("Bundle files say they use ICU (not java.text.MessageFormat) and write the typographic apostrophe in running text")
	void icuHeadersAndTypographicApostrophes(String bundle, String language) {
		String raw = Glossary.raw(bundle + (language.equals("en") ? "" : "_" + language) + ".properties");
		if (raw == null) {
			return;
		}
		List<String> problems = new ArrayList<>();
		raw.lines().forEach(line -> {
			if (line.startsWith("#") && line.contains("java.text.MessageFormat")) {
				problems.add("header names java.text.MessageFormat: " + line);
			}
			else if (!line.startsWith("#") && Pattern.compile("\\p{L}'\\p{L}").matcher(line).find()) {
				problems.add("ASCII apostrophe in running text (write ’): " + line);
			}
		});
		assertThat(problems).as(bundle + " in " + language).isEmpty();
	}

	@Test
	@DisplayName("No key is defined in two bundles (the first would silently win)")
	void keysAreUnique() {
		Map<String, String> owner = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (String bundle : TRANSLATIONS.bundleNames()) {
			for (String key : TRANSLATIONS.file(bundle, "en").stringPropertyNames()) {
				String previous = owner.putIfAbsent(key, bundle);
				if (previous != null) {
					duplicates.add(key + " in " + previous + " and " + bundle);
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	@DisplayName("The product name is the same in the UI and in every mail of a language")
	void productNameSameInMails() {
		String englishName = TRANSLATIONS.text("app.name", Locale.ENGLISH);
		List<String> problems = new ArrayList<>();
		for (Locale language : TRANSLATIONS.offered()) {
			String name = TRANSLATIONS.text("app.name", language);
			Pattern named = inflected(name);
			for (String bundle : TRANSLATIONS.bundleNames()) {
				Properties english = TRANSLATIONS.file(bundle, "en");
				Properties translated = TRANSLATIONS.file(bundle, language.getLanguage());
				for (String key : english.stringPropertyNames()) {
					if (key.contains("mail.") && english.getProperty(key).contains(englishName)
							&& !named.matcher(translated.getProperty(key, "")).find()) {
						problems.add(language + " " + key + " does not name the product as „" + name + "“");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	@DisplayName("Every bundle file is strict UTF-8 without \\u escapes")
	void utf8WithoutEscapes() {
		List<String> problems = new ArrayList<>();
		for (String bundle : TRANSLATIONS.bundleNames()) {
			for (String language : TRANSLATIONS.missingKeysPerLanguage().keySet()) {
				assertThatCode(() -> TRANSLATIONS.file(bundle, language)).doesNotThrowAnyException();
				String raw = Glossary.raw(bundle + (language.equals("en") ? "" : "_" + language) + ".properties");
				if (raw != null && raw.matches("(?s).*\\\\u[0-9a-fA-F]{4}.*")) {
					problems.add(bundle + " " + language + " uses \\u escapes: write the characters");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	@DisplayName("Texts are formatted with ICU: numbers per language, plural categories, missing keys marked")
	void formatting() {
		assertThat(TRANSLATIONS.text("nav.home", Locale.GERMAN)).isEqualTo("Startseite");
		assertThat(TRANSLATIONS.text("nav.home", Locale.JAPANESE)).isEqualTo("Home");
		assertThat(TRANSLATIONS.text("validation.tooLong", Locale.GERMAN, 5000, 10000)).contains("5.000")
			.contains("10.000");
		assertThat(TRANSLATIONS.text("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
		assertThat(TRANSLATIONS.text("explanation.months", Locale.ENGLISH, 1)).isEqualTo("1 month");
		assertThat(TRANSLATIONS.text("explanation.months", Locale.ENGLISH, 2)).isEqualTo("2 months");
		assertThat(TRANSLATIONS.text("explanation.next.deployer", Locale.GERMAN, 1, 2))
			.startsWith("Der Betreiber soll innerhalb von 1 Monat antworten")
			.contains("um bis zu 2 Monate verlängern");
		assertThat(TRANSLATIONS.text("dashboard.attention.flaggedEntries", Locale.ENGLISH, 1))
			.startsWith("1 flagged entry with");
		assertThat(TRANSLATIONS.text("search.count", Locale.ENGLISH, 0, "x")).isEqualTo("No results for “x”");
		assertThat(TRANSLATIONS.text("search.count", Locale.ENGLISH, 1234, "x")).isEqualTo("1,234 results for “x”");
		assertThat(TRANSLATIONS.text("audit.chain.intact", Locale.of("pl"), 3, "x", "h"))
			.contains("sprawdzono 3 wpisy");
		assertThat(TRANSLATIONS.text("audit.chain.intact", Locale.GERMAN, 1, "x", "h")).contains("1 Eintrag geprüft");
		assertThat(TRANSLATIONS.text("login.throttled.message", Locale.FRENCH, 1)).contains("dans une minute");
		assertThat(TRANSLATIONS.text("login.throttled.message", Locale.ENGLISH, 15)).contains("in 15 minutes");
		assertThat(TRANSLATIONS.text("validation.document.uploadsRunning", Locale.of("pl"), 5))
			.contains("5 trwających przesyłań");
		String polish = "{0, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}";
		Locale pl = Locale.of("pl");
		assertThat(Translations.format(polish, pl, 1)).isEqualTo("1 plik");
		assertThat(Translations.format(polish, pl, 3)).isEqualTo("3 pliki");
		assertThat(Translations.format(polish, pl, 5)).isEqualTo("5 plików");
		assertThat(Translations.format(polish, pl, 22)).isEqualTo("22 pliki");
		assertThat(Translations.format(polish, pl, 1.5)).isEqualTo("1,5 pliku");
		assertThat(Translations.format("L’entrée {0}", Locale.FRENCH, "A")).isEqualTo("L’entrée A");
		assertThat(Translations.format("l''entrée {0}", Locale.FRENCH, "A")).isEqualTo("l'entrée A");
	}

	/**
	 * The product name as a pattern that also finds it inflected by its first word
	 * (Polish "w Rejestrze przejrzystości AI" for "Rejestr przejrzystości AI").
	 */
	private static Pattern inflected(String name) {
		int space = name.indexOf(' ');
		if (space < 0) {
			return Pattern.compile(Pattern.quote(name));
		}
		String first = name.substring(0, space);
		String stem = first.length() <= 4 ? first : first.substring(0, first.length() - 2);
		return Pattern.compile(Pattern.quote(stem) + "\\p{L}*" + Pattern.quote(name.substring(space)));
	}

	/**
	 * The categories a language's plurals must cover: those with integers below 100
	 * (French and Spanish "many" only concern millions and may be left out).
	 */
	private static Set<String> requiredCategories(PluralRules rules) {
		Set<String> required = new TreeSet<>();
		for (String keyword : rules.getKeywords()) {
			var samples = rules.getSamples(keyword, PluralRules.SampleType.INTEGER);
			if (samples != null && samples.stream().anyMatch(sample -> sample < 100)) {
				required.add(keyword);
			}
		}
		return required;
	}

	/**
	 * The words a language writes exactly as English does
	 * ({@code i18n/same-as-english/<lang>.txt} in the test resources, one a line).
	 */
	static Set<String> sameAsEnglish(String language) {
		String raw = Glossary.raw("i18n/same-as-english/" + language + ".txt");
		if (raw == null) {
			return Set.of();
		}
		return raw.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(word -> word.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	private static Set<String> words(String value) {
		String text = SYNTAX.matcher(value).replaceAll(" ");
		Set<String> words = new TreeSet<>();
		var matcher = WORD.matcher(text);
		while (matcher.find()) {
			String word = matcher.group().toLowerCase(Locale.ROOT);
			if (word.length() > 1) {
				words.add(word);
			}
		}
		return words;
	}

}
