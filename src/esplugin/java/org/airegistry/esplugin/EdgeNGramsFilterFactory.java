package org.airegistry.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code registry_edge_ngrams}: each word and its prefixes of
 * {@value RegistryAnalyzers#AUTOCOMPLETE_MIN_GRAM} to
 * {@value RegistryAnalyzers#AUTOCOMPLETE_MAX_GRAM} characters, for search-as-you-type
 * over every word part of a name (index time only).
 */
@NamedComponent(EdgeNGramsFilterFactory.NAME)
public class EdgeNGramsFilterFactory implements TokenFilterFactory {

	public static final String NAME = "registry_edge_ngrams";

	@Override
	public TokenStream create(TokenStream input) {
		return new EdgeNGramTokenFilter(input, RegistryAnalyzers.AUTOCOMPLETE_MIN_GRAM,
				RegistryAnalyzers.AUTOCOMPLETE_MAX_GRAM, true);
	}

	@Override
	public AnalysisMode getAnalysisMode() {
		return AnalysisMode.INDEX_TIME;
	}

}
