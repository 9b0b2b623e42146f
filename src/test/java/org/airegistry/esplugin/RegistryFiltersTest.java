package org.airegistry.esplugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plugin's tokenizer and filters as the index definition chains them: word parts,
 * languages with decompounding, concepts across languages, stop words and one-letter
 * words.
 */
class RegistryFiltersTest {

	static Analyzer chain(UnaryOperator<TokenStream> filters) {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = RegistryWordsTokenizerFactory.tokenizer();
				return new TokenStreamComponents(source, filters.apply(source));
			}

		};
	}

	static List<String> terms(UnaryOperator<TokenStream> filters, String text) throws IOException {
		try (Analyzer analyzer = chain(filters)) {
			List<String> terms = new ArrayList<>();
			try (TokenStream stream = analyzer.tokenStream("f", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					terms.add(term.toString());
				}
				stream.end();
			}
			return terms;
		}
	}

	static TokenStream names(TokenStream in) {
		return MinLengthFilterFactory
			.minLength(new ASCIIFoldingFilter(new LowerCaseFilter(WordPartsFilterFactory.parts(in, true))));
	}

	@Test
	@DisplayName("Names split on case changes, digits and hyphens, the joined form kept; one-letter parts dropped")
	void wordParts() throws IOException {
		assertThat(terms(RegistryFiltersTest::names, "NordCredit")).contains("nord", "credit", "nordcredit");
		assertThat(terms(RegistryFiltersTest::names, "AI-systeem")).contains("ai", "systeem", "aisysteem");
		assertThat(terms(RegistryFiltersTest::names, "GPT4 X-ray Model 3")).contains("gpt", "gpt4", "ray", "xray", "3")
			.doesNotContain("x");
		assertThat(terms(RegistryFiltersTest::names, "l'évaluation, Müller's")).containsExactly("evaluation", "muller");
	}

	@ParameterizedTest(name = "{0}: \"{1}\" gives the part \"{2}\"")
	@CsvSource({ "de, Schichtplanung, planung", "de, Emotionserkennung, erkennung", "nl, kredietbeoordeling, beoordel",
			"sv, kreditprövning, provning" })
	void decompounds(String language, String compound, String part) throws IOException {
		CharArraySet words = new CharArraySet(List.of("planung", "erkennung", "beoordeling", "prövning"), true);

		List<String> terms = terms(in -> LanguageFilterFactory.chain(language, in, words), compound);

		assertThat(terms).anySatisfy(term -> assertThat(term).startsWith(part));
		assertThat(terms(in -> LanguageFilterFactory.chain(language, in, CharArraySet.EMPTY_SET), compound)).hasSize(1);
	}

	@ParameterizedTest(name = "{0}: \"{1}\" and \"{2}\" meet")
	@CsvSource({ "es, candidatos, candidato", "it, elezioni, elezione", "pl, rekrutacji, rekrutacja",
			"pl, oceną, ocena", "sv, ansökningar, ansökning", "fi, hakemukset, hakemuksen", "cs, žádosti, žádost",
			"pt, candidaturas, candidatura", "ro, candidații, candidat", "el, εκλογές, εκλογή",
			"bg, кандидати, кандидат", "da, ansøgninger, ansøgning", "lv, pieteikumi, pieteikums",
			"lt, prašymai, prašymas", "hu, pályázatok, pályázatot", "et, taotlused, taotluse", "ga, gcóras, córas",
			"hr, Prijave, prijave" })
	void everyLanguageStems(String language, String a, String b) throws IOException {
		UnaryOperator<TokenStream> chain = in -> LanguageFilterFactory.chain(language, in, CharArraySet.EMPTY_SET);

		assertThat(terms(chain, a)).isNotEmpty().isEqualTo(terms(chain, b));
	}

	@Test
	@DisplayName("Key terms of any language become one concept; other words are dropped")
	void concepts() throws IOException {
		ConceptsFilterFactory factory = new ConceptsFilterFactory(List
			.of("emotion recognition, Emotionserkennung, reconnaissance des émotions, emotieherkenning => emotionrecognition"));
		UnaryOperator<TokenStream> chain = in -> factory
			.create(new ASCIIFoldingFilter(new LowerCaseFilter(WordPartsFilterFactory.parts(in, false))));

		assertThat(terms(chain, "Emotionserkennung im Callcenter")).containsExactly("emotionrecognition");
		assertThat(terms(chain, "Reconnaissance des emotions")).containsExactly("emotionrecognition");
		assertThat(terms(chain, "emotion and recognition")).isEmpty();
	}

	@Test
	@DisplayName("Stop words of any language are dropped on language-neutral fields; content words are kept")
	void anyStopWords() throws IOException {
		UnaryOperator<TokenStream> chain = in -> new AnyStopFilterFactory()
			.create(new ASCIIFoldingFilter(new LowerCaseFilter(in)));

		assertThat(terms(chain, "the der les de of und")).isEmpty();
		assertThat(terms(chain, "data system credit police school visa")).hasSize(6);
	}

}
