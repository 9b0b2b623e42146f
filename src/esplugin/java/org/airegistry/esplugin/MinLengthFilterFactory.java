package org.airegistry.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code registry_min_length}: drops one-character tokens, which never make
 * a match on their own ("a", the "x" of "X-ray").
 */
@NamedComponent(MinLengthFilterFactory.NAME)
public class MinLengthFilterFactory implements TokenFilterFactory {

	public static final String NAME = "registry_min_length";

	public static final int MIN_LENGTH = 2;

	@Override
	public TokenStream create(TokenStream input) {
		return minLength(input);
	}

	public static TokenStream minLength(TokenStream input) {
		return new LengthFilter(input, MIN_LENGTH, Integer.MAX_VALUE);
	}

}
