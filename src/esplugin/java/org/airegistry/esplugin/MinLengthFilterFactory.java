package org.airegistry.esplugin;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code registry_min_length}: drops one-letter tokens, which never make a
 * match on their own ("a", the "x" of "X-ray"). Single digits stay: "Model 3" and
 * "Model 7" differ by them.
 */
@NamedComponent(MinLengthFilterFactory.NAME)
public class MinLengthFilterFactory implements TokenFilterFactory {

	public static final String NAME = "registry_min_length";

	@Override
	public TokenStream create(TokenStream input) {
		return minLength(input);
	}

	public static TokenStream minLength(TokenStream input) {
		return new FilteringTokenFilter(input) {

			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			@Override
			protected boolean accept() {
				int length = term.length();
				if (length == 0) {
					return false;
				}
				int first = Character.codePointAt(term.buffer(), 0, length);
				return Character.charCount(first) < length || !Character.isLetter(first);
			}

		};
	}

}
