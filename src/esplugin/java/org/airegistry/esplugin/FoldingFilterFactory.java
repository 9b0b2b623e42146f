package org.airegistry.esplugin;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code registry_fold}: lower-casing and accent folding ("Müller" →
 * "muller"), for names and language-neutral fields.
 */
@NamedComponent(FoldingFilterFactory.NAME)
public class FoldingFilterFactory implements TokenFilterFactory {

	public static final String NAME = "registry_fold";

	@Override
	public TokenStream create(TokenStream input) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(input));
	}

	@Override
	public TokenStream normalize(TokenStream input) {
		return create(input);
	}

}
