package org.airegistry.esplugin;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
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
 * flattened for indexing. At search time ({@code catenate: false}) the parts and the
 * joined form are made, but never a group of digits split off a word: "ZQ-4" is asked as
 * zq and zq4, not as 4, which would find every entry with a "4" anywhere ("QX-4",
 * "Model 4"); a number on its own ("42001" of "ISO 42001") stays a query term (DD034). The
 * query's terms are made one after the other (no graph), so each is its own optional
 * clause.
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
		return new NoSplitDigitGroups(
				new WordDelimiterGraphFilter(result, flags | WordDelimiterGraphFilter.CATENATE_ALL, null));
	}

	/**
	 * Drops the digit groups that the word delimiter split off a longer word (the parts
	 * keep the whole word's offsets, so a group of digits shorter than its offsets came
	 * from a split) and lays the remaining terms out one after the other.
	 */
	static final class NoSplitDigitGroups extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

		NoSplitDigitGroups(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			while (input.incrementToken()) {
				if (digitsOnly() && offset.endOffset() - offset.startOffset() > term.length()) {
					continue;
				}
				increment.setPositionIncrement(1);
				length.setPositionLength(1);
				return true;
			}
			return false;
		}

		private boolean digitsOnly() {
			if (term.length() == 0) {
				return false;
			}
			for (int i = 0; i < term.length(); i++) {
				if (!Character.isDigit(term.charAt(i))) {
					return false;
				}
			}
			return true;
		}

	}

	@AnalysisSettings
	public interface Settings {

		@BooleanSetting(path = "catenate", defaultValue = true)
		boolean catenate();

	}

}
