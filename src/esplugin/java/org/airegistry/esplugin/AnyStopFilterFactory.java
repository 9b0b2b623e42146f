package org.airegistry.esplugin;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code registry_any_stop}: drops the stop words of every official EU
 * language the plugin knows ({@link Vocabulary#ANY_STOP_WORDS}). For queries on
 * language-neutral fields, whose language is unknown: "the", "der" or "les" alone match
 * nothing. Runs on lower-cased, folded tokens.
 */
@NamedComponent(AnyStopFilterFactory.NAME)
public class AnyStopFilterFactory implements TokenFilterFactory {

	public static final String NAME = "registry_any_stop";

	@Override
	public TokenStream create(TokenStream input) {
		return new StopFilter(input, Vocabulary.ANY_STOP_WORDS);
	}

	@Override
	public AnalysisMode getAnalysisMode() {
		return AnalysisMode.SEARCH_TIME;
	}

}
