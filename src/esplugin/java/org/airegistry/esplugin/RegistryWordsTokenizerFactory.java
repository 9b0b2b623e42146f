package org.airegistry.esplugin;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * Tokenizer {@code registry_words}: runs of letters, digits and marks, kept together
 * across the joiners {@code - ' ’ . _} so that {@link WordPartsFilterFactory} can split
 * them and keep the joined form too ("AI-systeem", "X-ray", "GPT-4"). Tokens longer than
 * {@value #MAX_TOKEN_LENGTH} characters are cut into pieces of that length.
 */
@NamedComponent(RegistryWordsTokenizerFactory.NAME)
public class RegistryWordsTokenizerFactory implements TokenizerFactory {

	public static final String NAME = "registry_words";

	public static final int MAX_TOKEN_LENGTH = 255;

	@Override
	public Tokenizer create() {
		return tokenizer();
	}

	/** A new tokenizer (also for the plugin's own analyzers and the synonym parser). */
	public static Tokenizer tokenizer() {
		return new CharTokenizer(CharTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, MAX_TOKEN_LENGTH) {

			@Override
			protected boolean isTokenChar(int c) {
				return isWordChar(c);
			}

		};
	}

	static boolean isWordChar(int c) {
		if (Character.isLetterOrDigit(c)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK || c == '-' || c == '\'' || c == '\u2019' || c == '.'
				|| c == '_';
	}

}
