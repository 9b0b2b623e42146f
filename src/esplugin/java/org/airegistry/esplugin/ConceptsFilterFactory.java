package org.airegistry.esplugin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Token filter {@code registry_concepts}: replaces the key terms of the registry's
 * vocabulary, in any language, by their concept ("Emotionserkennung", "emotion
 * recognition", "reconnaissance des émotions" and "emotieherkenning" all become
 * {@code emotionrecognition}) and drops every other word. {@code rules} are lines in the
 * Solr synonym format with explicit mappings ({@code term, term => concept}), parsed
 * with the same tokenizer, word parts and folding the field uses before this filter. An
 * entry and a query meet on a concept whatever language each is written in. The index
 * passes the rules from the registry's versioned vocabulary files, so a reindex reloads
 * them.
 */
@NamedComponent(ConceptsFilterFactory.NAME)
public class ConceptsFilterFactory implements TokenFilterFactory {

	public static final String NAME = "registry_concepts";

	private final SynonymMap concepts;

	@Inject
	public ConceptsFilterFactory(Settings settings) {
		this(settings.rules());
	}

	ConceptsFilterFactory(List<String> rules) {
		this.concepts = parse(rules);
	}

	@Override
	public TokenStream create(TokenStream input) {
		if (concepts.fst == null) {
			return new TypeTokenFilter(input, Set.of(SynonymGraphFilter.TYPE_SYNONYM), true);
		}
		TokenStream mapped = new FlattenGraphFilter(new SynonymGraphFilter(input, concepts, true));
		return new TypeTokenFilter(mapped, Set.of(SynonymGraphFilter.TYPE_SYNONYM), true);
	}

	/** The analysis of rule terms: the same as the field's before this filter. */
	static Analyzer ruleAnalyzer() {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = RegistryWordsTokenizerFactory.tokenizer();
				TokenStream result = WordPartsFilterFactory.parts(source, false);
				return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(result)));
			}

		};
	}

	static SynonymMap parse(List<String> rules) {
		try (Analyzer analyzer = ruleAnalyzer()) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
			parser.parse(new StringReader(String.join("\n", rules)));
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Invalid concept rule near line " + ex.getErrorOffset() + ": " + ex,
					ex);
		}
	}

	@AnalysisSettings
	public interface Settings {

		@ListSetting(path = "rules")
		List<String> rules();

	}

}
