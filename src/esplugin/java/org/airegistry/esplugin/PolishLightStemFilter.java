package org.airegistry.esplugin;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A light Polish stemmer: strips the commonest case and number endings of nouns and
 * adjectives (longest first), keeping at least {@value #MIN_STEM} characters, so that
 * "rekrutacja", "rekrutacji" and "rekrutację" meet, as do "ocena", "oceny" and "oceną".
 * Lucene's Polish stemmer (Stempel) is a separate module that Elasticsearch does not ship
 * and that is not published for the Lucene version of the node.
 */
public final class PolishLightStemFilter extends TokenFilter {

	static final int MIN_STEM = 4;

	static final List<String> ENDINGS = List.of("owaniami", "owaniach", "ościami", "ościach", "owania", "owanie",
			"owaniu", "ością", "ości", "ość", "iami", "iach", "ami", "ach", "ego", "emu", "ymi", "imi", "ych", "ich",
			"owi", "iem", "ów", "om", "ej", "ie", "ia", "iu", "ii", "ią", "ię", "em", "ą", "ę", "a", "e", "i", "o",
			"u", "y");

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	public PolishLightStemFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (!keyword.isKeyword()) {
			term.setLength(stem(term.buffer(), term.length()));
		}
		return true;
	}

	static int stem(char[] buffer, int length) {
		for (String ending : ENDINGS) {
			int stem = length - ending.length();
			if (stem >= MIN_STEM && endsWith(buffer, length, ending)) {
				return stem;
			}
		}
		return length;
	}

	private static boolean endsWith(char[] buffer, int length, String ending) {
		int start = length - ending.length();
		for (int i = 0; i < ending.length(); i++) {
			if (buffer[start + i] != ending.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
