package org.airegistry.esplugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plugin's analyzers, run directly on Lucene token streams: the words a citizen types
 * and the words in an entry end as the same terms.
 */
class RegistryAnalyzersTest {

	static final Map<String, Analyzer> ANALYZERS = Map.of("english", RegistryAnalyzers.english(), "german",
			RegistryAnalyzers.german(), "french", RegistryAnalyzers.french(), "dutch", RegistryAnalyzers.dutch(),
			"folding", RegistryAnalyzers.folding());

	@ParameterizedTest(name = "{0}: \"{1}\" and \"{2}\" match")
	@CsvSource({ "english, recruitment, recruiting", "english, scores, scoring", "english, applicants, applicant",
			"english, Résumé, resume", "german, Häuser, Haus", "german, Bewerbungen, Bewerbung",
			"german, Straße, Strasse", "german, Überwachung, ueberwachung", "french, évaluation, evaluation",
			"french, crédits, credit", "french, Candidatures, candidature", "dutch, sollicitaties, sollicitatie",
			"dutch, beoordelingen, beoordeling", "folding, Müller, muller", "folding, Crédit, CREDIT" })
	void conflates(String analyzer, String indexed, String searched) throws IOException {
		Analyzer chosen = ANALYZERS.get(analyzer);

		assertThat(terms(chosen, indexed)).isNotEmpty().isEqualTo(terms(chosen, searched));
	}

	@Test
	@DisplayName("Stop words of each language are dropped, content words kept")
	void stopWords() throws IOException {
		assertThat(terms(RegistryAnalyzers.english(), "the scoring of the loans")).containsExactly("score", "loan");
		assertThat(terms(RegistryAnalyzers.german(), "die Bewertung der Häuser")).containsExactly("bewertung", "haus");
		assertThat(terms(RegistryAnalyzers.french(), "l'évaluation des crédits"))
			.isEqualTo(terms(RegistryAnalyzers.french(), "evaluation credit"))
			.hasSize(2);
		assertThat(terms(RegistryAnalyzers.dutch(), "de beoordeling van sollicitaties")).hasSize(2);
	}

	@Test
	@DisplayName("Different words stay different (no over-stemming of the test vocabulary)")
	void keepsDistinctWords() throws IOException {
		assertThat(terms(RegistryAnalyzers.english(), "credit"))
			.isNotEqualTo(terms(RegistryAnalyzers.english(), "scoring"));
		assertThat(terms(RegistryAnalyzers.german(), "Haus")).isNotEqualTo(terms(RegistryAnalyzers.german(), "Hose"));
	}

	@Test
	@DisplayName("Autocomplete indexes the folded prefixes of each word, and the whole word")
	void autocomplete() throws IOException {
		assertThat(terms(RegistryAnalyzers.autocomplete(), "Ré Crédit")).containsExactly("re", "cr", "cre", "cred",
				"credi", "credit");
		assertThat(terms(RegistryAnalyzers.autocomplete(), "X")).containsExactly("x");
	}

	@Test
	@DisplayName("Terms of fuzzy, prefix and wildcard queries are lower-cased and folded too")
	void normalizes() {
		BytesRef normalized = RegistryAnalyzers.german().normalize("f", "Häuser");

		assertThat(normalized.utf8ToString()).isEqualTo("hauser");
	}

	@Test
	@DisplayName("Every factory is a named component whose name is its NAME and creates a working analyzer")
	void factories() throws IOException {
		List<AnalyzerFactory> factories = List.of(new EnglishAnalyzerFactory(), new GermanAnalyzerFactory(),
				new FrenchAnalyzerFactory(), new DutchAnalyzerFactory(), new FoldingAnalyzerFactory(),
				new AutocompleteAnalyzerFactory());
		List<String> names = new ArrayList<>();
		for (AnalyzerFactory factory : factories) {
			NamedComponent named = factory.getClass().getAnnotation(NamedComponent.class);
			assertThat(named).as(factory.getClass().getSimpleName()).isNotNull();
			names.add(named.value());
			try (Analyzer analyzer = factory.create()) {
				assertThat(terms(analyzer, "Registry")).isNotEmpty();
			}
		}
		assertThat(names).containsExactly("registry_english", "registry_german", "registry_french", "registry_dutch",
				"registry_folding", "registry_autocomplete");
	}

	static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("field", text)) {
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
