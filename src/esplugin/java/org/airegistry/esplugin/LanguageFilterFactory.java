package org.airegistry.esplugin;

import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.IrishStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Token filter {@code registry_language}: lower-casing, the language's stop words, its
 * stemmer and accent folding, for one official EU language ({@code language: de}). For
 * the compounding languages ({@link Vocabulary#COMPOUNDING_LANGUAGES}) the words of
 * {@code decompound_words} found inside a longer word are added as terms of their own
 * before stemming ("Schichtplanung" → also "planung"); the index passes the word list
 * (built from the corpus and a base list, so a reindex reloads it), queries use the
 * filter without it. Languages without a stemmer are lower-cased and folded only.
 */
@NamedComponent(LanguageFilterFactory.NAME)
public class LanguageFilterFactory implements TokenFilterFactory {

	public static final String NAME = "registry_language";

	/** Compounds shorter than this are not split. */
	static final int MIN_COMPOUND = 7;

	/** Shortest part of a compound that is indexed. */
	static final int MIN_PART = 4;

	static final int MAX_PART = 24;

	private final String language;

	private final CharArraySet parts;

	@Inject
	public LanguageFilterFactory(Settings settings) {
		this(settings.language(), settings.decompoundWords());
	}

	LanguageFilterFactory(String language, List<String> decompoundWords) {
		this.language = language.strip().toLowerCase(Locale.ROOT);
		this.parts = dictionary(decompoundWords);
	}

	private static CharArraySet dictionary(List<String> words) {
		CharArraySet dictionary = new CharArraySet(words.size() * 2 + 1, true);
		for (String word : words) {
			String lower = word.strip().toLowerCase(Locale.ROOT);
			if (lower.length() >= MIN_PART) {
				dictionary.add(lower);
				dictionary.add(Vocabulary.fold(lower));
			}
		}
		return CharArraySet.unmodifiableSet(dictionary);
	}

	@Override
	public TokenStream create(TokenStream input) {
		return chain(language, input, parts);
	}

	/** The language's chain on a token stream; {@code parts} may be empty. */
	public static TokenStream chain(String language, TokenStream input, CharArraySet parts) {
		return switch (language) {
			case "en" -> new PorterStemFilter(fold(stop("en", new LowerCaseFilter(new EnglishPossessiveFilter(input)))));
			case "de" -> new GermanLightStemFilter(
					split(parts, fold(new GermanNormalizationFilter(stop("de", new LowerCaseFilter(input))))));
			case "fr" -> new FrenchLightStemFilter(fold(stop("fr", new LowerCaseFilter(input))));
			case "nl" -> new SnowballFilter(
					new DutchIePluralFilter(split(parts, fold(stop("nl", new LowerCaseFilter(input))))),
					new DutchStemmer());
			case "es" -> fold(new SpanishLightStemFilter(stop("es", new LowerCaseFilter(input))));
			case "it" -> fold(new ItalianLightStemFilter(stop("it", new LowerCaseFilter(input))));
			case "pt" -> fold(new PortugueseLightStemFilter(stop("pt", new LowerCaseFilter(input))));
			case "ro" -> fold(new SnowballFilter(stop("ro", new LowerCaseFilter(input)), new RomanianStemmer()));
			case "sv" -> fold(
					new SnowballFilter(split(parts, stop("sv", new LowerCaseFilter(input))), new SwedishStemmer()));
			case "da" -> fold(
					new SnowballFilter(split(parts, stop("da", new LowerCaseFilter(input))), new DanishStemmer()));
			case "fi" -> fold(
					new SnowballFilter(split(parts, stop("fi", new LowerCaseFilter(input))), new FinnishStemmer()));
			case "hu" -> fold(
					new SnowballFilter(split(parts, stop("hu", new LowerCaseFilter(input))), new HungarianStemmer()));
			case "et" -> fold(
					new SnowballFilter(split(parts, stop("et", new LowerCaseFilter(input))), new EstonianStemmer()));
			case "lt" -> fold(new SnowballFilter(stop("lt", new LowerCaseFilter(input)), new LithuanianStemmer()));
			case "lv" -> fold(new LatvianStemFilter(stop("lv", new LowerCaseFilter(input))));
			case "cs" -> fold(new CzechStemFilter(stop("cs", new LowerCaseFilter(input))));
			case "bg" -> new BulgarianStemFilter(stop("bg", new LowerCaseFilter(input)));
			case "el" -> new GreekStemFilter(stop("el", new GreekLowerCaseFilter(input)));
			case "ga" -> fold(new SnowballFilter(stop("ga", new IrishLowerCaseFilter(input)), new IrishStemmer()));
			case "pl" -> fold(new PolishLightStemFilter(stop("pl", new LowerCaseFilter(input))));
			default -> fold(new LowerCaseFilter(input));
		};
	}

	private static TokenStream stop(String language, TokenStream input) {
		return new StopFilter(input, Vocabulary.stopWords(language));
	}

	private static TokenStream fold(TokenStream input) {
		return new ASCIIFoldingFilter(input);
	}

	private static TokenStream split(CharArraySet parts, TokenStream input) {
		if (parts.isEmpty()) {
			return input;
		}
		return new DictionaryCompoundWordTokenFilter(input, parts, MIN_COMPOUND, MIN_PART, MAX_PART, false);
	}

	@AnalysisSettings
	public interface Settings {

		@StringSetting(path = "language", defaultValue = "")
		String language();

		@ListSetting(path = "decompound_words")
		List<String> decompoundWords();

	}

}
