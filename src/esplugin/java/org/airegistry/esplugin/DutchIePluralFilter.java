package org.airegistry.esplugin;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Turns the Dutch plural {@code -ies} into the singular {@code -ie}
 * ("sollicitaties" → "sollicitatie", "categories" → "categorie"), which the Snowball
 * Dutch stemmer leaves alone because the {@code s} follows a vowel. Runs on lower-cased
 * terms before the stemmer.
 */
public final class DutchIePluralFilter extends TokenFilter {

	/** Shorter words ending in -ies are rarely plurals of -ie words. */
	static final int MIN_LENGTH = 6;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	public DutchIePluralFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		int length = term.length();
		if (!keyword.isKeyword() && length >= MIN_LENGTH && term.charAt(length - 1) == 's'
				&& term.charAt(length - 2) == 'e' && term.charAt(length - 3) == 'i') {
			term.setLength(length - 1);
		}
		return true;
	}

}
