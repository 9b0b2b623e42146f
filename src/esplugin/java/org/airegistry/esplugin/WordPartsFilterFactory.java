package org.airegistry.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * Token filter {@code registry_word_parts}: splits words on case changes ("NordCredit" →
 * nord, credit), between letters and digits ("GPT4" → gpt, 4) and on joiners
 * ("AI-systeem" → ai, systeem), after removing elided articles (l', dell', d'…). With
 * {@code catenate: true} (index time) the joined form is kept as well ("nordcredit",
 * "aisysteem", "gpt4"), so a query written either way finds it; the graph this makes is
 * flattened for indexing. At search time ({@code catenate: false}) only the parts are
 * made.
 */
@NamedComponent(WordPartsFilterFactory.NAME)
public class WordPartsFilterFactory implements TokenFilterFactory {

	public static final String NAME = "registry_word_parts";

	private final boolean catenate;

	@Inject
	public WordPartsFilterFactory(Settings settings) {
		this.catenate = settings.catenate();
	}

	WordPartsFilterFactory(boolean catenate) {
		this.catenate = catenate;
	}

	@Override
	public TokenStream create(TokenStream input) {
		return parts(input, catenate);
	}

	/** The word parts of the tokens; joined forms too when {@code catenate}. */
	public static TokenStream parts(TokenStream input, boolean catenate) {
		int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
				| WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
				| WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
		TokenStream result = new ElisionFilter(input, Vocabulary.ELIDED_ARTICLES);
		if (catenate) {
			result = new WordDelimiterGraphFilter(result, flags | WordDelimiterGraphFilter.CATENATE_ALL, null);
			return new FlattenGraphFilter(result);
		}
		return new WordDelimiterGraphFilter(result, flags, null);
	}

	@AnalysisSettings
	public interface Settings {

		@BooleanSetting(path = "catenate", defaultValue = true)
		boolean catenate();

	}

}
