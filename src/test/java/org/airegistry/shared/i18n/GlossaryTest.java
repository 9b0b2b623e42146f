package org.airegistry.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The glossaries of the Act's official terms ({@code i18n/glossary/<lang>.tsv}) and the
 * bundles checked against them: where an English text uses a glossary term, the
 * translation uses the official term or one of its listed forms.
 */
class GlossaryTest {

	private static final Translations TRANSLATIONS = Translations.standard();

	static Set<String> languages() {
		return TRANSLATIONS.missingKeysPerLanguage().keySet();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	@DisplayName("Every language with bundles has a well-formed glossary of at least 40 terms, with every English term of en.tsv (extra terms allowed)")
	void wellFormed(String language) {
		String raw = Glossary.raw(Glossary.path(language));
		assertThat(raw).as(Glossary.path(language)).isNotNull();
		assertThat(raw.lines().findFirst()).as("header of " + Glossary.path(language)).contains(Glossary.HEADER);
		List<Glossary.Term> terms = Glossary.load(language);
		assertThat(terms).as("terms in " + language).hasSizeGreaterThanOrEqualTo(40);
		Set<String> seen = new HashSet<>();
		for (Glossary.Term term : terms) {
			assertThat(term.english()).as("english column").isNotBlank();
			assertThat(term.term()).as("term for " + term.english()).isNotBlank();
			assertThat(seen.add(term.english())).as("listed once: " + term.english()).isTrue();
		}
		Set<String> english = new TreeSet<>();
		Glossary.load("en").forEach(term -> english.add(term.english()));
		assertThat(seen).as("terms of " + Glossary.path(language) + " ⊇ terms of en.tsv").containsAll(english);
	}

	@Test
	@DisplayName("English writes each glossary term of three or more words one way: never hyphenated inside (“fundamental-rights impact assessment”)")
	void englishWritesTermsOneWay() {
		List<String> problems = new ArrayList<>();
		for (Glossary.Term term : Glossary.load("en")) {
			String[] words = term.english().split(" ");
			if (words.length < 3) {
				// two words hyphenated are the term used as a modifier ("serious-incident
				// report"), which English writes so
				continue;
			}
			for (int i = 0; i + 1 < words.length; i++) {
				String hyphenated = String.join(" ", Arrays.copyOfRange(words, 0, i)) + (i == 0 ? "" : " ") + words[i]
						+ "-" + words[i + 1] + (i + 2 < words.length
								? " " + String.join(" ", Arrays.copyOfRange(words, i + 2, words.length)) : "");
				for (String bundle : TRANSLATIONS.bundleNames()) {
					TRANSLATIONS.file(bundle, "en").forEach((key, value) -> {
						if (uses(value.toString(), hyphenated)) {
							problems
								.add(bundle + " " + key + ": „" + hyphenated + "“ instead of „" + term.english() + "“");
						}
					});
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	@DisplayName("The English glossary repeats the English column and names terms the English bundles use")
	void englishGlossary() {
		List<String> unused = new ArrayList<>();
		for (Glossary.Term term : Glossary.load("en")) {
			assertThat(term.term()).isEqualTo(term.english());
			boolean used = TRANSLATIONS.bundleNames()
				.stream()
				.flatMap(bundle -> TRANSLATIONS.file(bundle, "en").values().stream())
				.anyMatch(value -> uses(value.toString(), term.english()));
			if (!used) {
				unused.add(term.english());
			}
		}
		System.out.println("Glossary terms not (yet) used by the English bundles: " + unused);
		assertThat(unused.size()).as("most glossary terms are used by the portal").isLessThan(25);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	@DisplayName("Where English uses a glossary term, the translation uses the official term or a listed form")
	void bundlesUseOfficialTerms(String language) {
		if (language.equals("en")) {
			return;
		}
		List<Glossary.Term> terms = Glossary.load(language);
		Set<String> problems = new TreeSet<>();
		for (String bundle : TRANSLATIONS.bundleNames()) {
			Properties english = TRANSLATIONS.file(bundle, "en");
			Properties translated = TRANSLATIONS.file(bundle, language);
			for (String key : translated.stringPropertyNames()) {
				String source = english.getProperty(key, "");
				String target = translated.getProperty(key).toLowerCase(Locale.ROOT);
				for (Glossary.Term term : terms) {
					if (uses(source, term.english()) && term.accepted()
						.stream()
						.noneMatch(form -> target.contains(form.toLowerCase(Locale.ROOT)))) {
						problems.add(bundle + " " + key + ": „" + term.english() + "“ must be „" + term.term() + "“");
					}
				}
			}
		}
		assertThat(problems).as("glossary terms in " + language).isEmpty();
	}

	@Test
	@DisplayName("The check finds a translation that avoids the official term")
	void checkFindsDeviations() {
		assertThat(uses("The deployer must notify", "deployer")).isTrue();
		assertThat(uses("Deployers of high-risk AI systems", "deployer")).isTrue();
		assertThat(uses("A redeployer", "deployer")).isFalse();
		Glossary.Term deployer = Glossary.load("de")
			.stream()
			.filter(term -> term.english().equals("deployer"))
			.findFirst()
			.orElseThrow();
		assertThat(deployer.term()).isEqualTo("Betreiber");
		assertThat(deployer.accepted()).noneMatch(form -> "der Nutzer muss melden".contains(form.toLowerCase()));
	}

	/** Whether an English text uses a term (at a word start, any ending: "deployers"). */
	static boolean uses(String english, String term) {
		return Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(term), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(english)
			.find();
	}

}
