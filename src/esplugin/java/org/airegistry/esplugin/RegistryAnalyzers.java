package org.airegistry.esplugin;

import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The analyzers of the plugin, built from Lucene's own language components: the standard
 * tokenizer, lower-casing, the language's stop words, ASCII folding of accents and
 * umlauts, and the language's stemmer. Every analyzer folds accents, so "évaluation"
 * matches "evaluation" and "Häuser" matches "Haus".
 */
public final class RegistryAnalyzers {

	/** Shortest prefix the autocomplete analyzer indexes. */
	public static final int AUTOCOMPLETE_MIN_GRAM = 2;

	/** Longest prefix the autocomplete analyzer indexes. */
	public static final int AUTOCOMPLETE_MAX_GRAM = 20;

	private RegistryAnalyzers() {
	}

	/**
	 * English: possessives removed, stop words, folding, Porter stemming (conflates
	 * "recruitment" and "recruiting", "scores" and "scoring").
	 */
	public static Analyzer english() {
		return analyzer(stream -> {
			TokenStream result = new EnglishPossessiveFilter(stream);
			result = new LowerCaseFilter(result);
			result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			result = new ASCIIFoldingFilter(result);
			return new PorterStemFilter(result);
		});
	}

	/**
	 * German: stop words, German normalization (umlauts, ß), folding, light stemming
	 * ("Häuser" and "Haus", "Bewerbungen" and "Bewerbung").
	 */
	public static Analyzer german() {
		return analyzer(stream -> {
			TokenStream result = new LowerCaseFilter(stream);
			result = new StopFilter(result, GermanAnalyzer.getDefaultStopSet());
			result = new GermanNormalizationFilter(result);
			result = new ASCIIFoldingFilter(result);
			return new GermanLightStemFilter(result);
		});
	}

	/**
	 * French: elision (l', d', qu'…), stop words, folding, light stemming ("crédits"
	 * and "credit", "évaluation" and "evaluation").
	 */
	public static Analyzer french() {
		CharArraySet articles = FrenchAnalyzer.DEFAULT_ARTICLES;
		return analyzer(stream -> {
			TokenStream result = new ElisionFilter(stream, articles);
			result = new LowerCaseFilter(result);
			result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
			result = new ASCIIFoldingFilter(result);
			return new FrenchLightStemFilter(result);
		});
	}

	/**
	 * Dutch: stop words, folding, {@code -ies} plurals to {@code -ie}, Snowball Dutch
	 * stemming ("sollicitaties" and "sollicitatie", "beoordelingen" and "beoordeling").
	 */
	public static Analyzer dutch() {
		return analyzer(stream -> {
			TokenStream result = new LowerCaseFilter(stream);
			result = new StopFilter(result, DutchAnalyzer.getDefaultStopSet());
			result = new ASCIIFoldingFilter(result);
			result = new DutchIePluralFilter(result);
			return new SnowballFilter(result, new DutchStemmer());
		});
	}

	/**
	 * Language-neutral: lower-casing and folding only, for names and for typo-tolerant
	 * matching ("Müller" and "muller").
	 */
	public static Analyzer folding() {
		return analyzer(stream -> new ASCIIFoldingFilter(new LowerCaseFilter(stream)));
	}

	/**
	 * Index-time analyzer for search-as-you-type: the folded words and their prefixes of
	 * {@value #AUTOCOMPLETE_MIN_GRAM} to {@value #AUTOCOMPLETE_MAX_GRAM} characters. Search
	 * with {@link #folding()}.
	 */
	public static Analyzer autocomplete() {
		return analyzer(stream -> new EdgeNGramTokenFilter(new ASCIIFoldingFilter(new LowerCaseFilter(stream)),
				AUTOCOMPLETE_MIN_GRAM, AUTOCOMPLETE_MAX_GRAM, true));
	}

	/**
	 * An analyzer on the standard tokenizer with the given filters; terms of wildcard,
	 * prefix and fuzzy queries are lower-cased and folded the same way.
	 */
	private static Analyzer analyzer(UnaryOperator<TokenStream> filters) {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, filters.apply(source));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}

		};
	}

}
