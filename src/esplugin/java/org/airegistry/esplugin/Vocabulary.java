package org.airegistry.esplugin;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Word lists the plugin's filters share: elided articles, each language's stop words
 * (Lucene's, plus a hand-made Polish list since Lucene's Polish module is not shipped
 * with Elasticsearch), their union, and accent folding.
 */
public final class Vocabulary {

	/**
	 * Official EU languages Lucene (or this plugin) has a stemmer for; the others (HR, MT,
	 * SK, SL) are folded only.
	 */
	public static final List<String> STEMMED_LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi",
			"fr", "ga", "hu", "it", "lt", "lv", "nl", "pl", "pt", "ro", "sv");

	/** Languages that write compounds as one word: they are decompounded at index time. */
	public static final List<String> COMPOUNDING_LANGUAGES = List.of("de", "nl", "sv", "da", "fi", "hu", "et");

	/** Articles and prepositions elided before an apostrophe in FR, IT, CA and GA. */
	public static final CharArraySet ELIDED_ARTICLES = CharArraySet.unmodifiableSet(new CharArraySet(
			Arrays.asList("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu", "all",
					"dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un",
					"v", "b"),
			true));

	/** Polish stop words (function words only). */
	public static final CharArraySet POLISH_STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(Arrays.asList(
			"a", "aby", "ale", "bez", "bo", "by", "być", "był", "była", "było", "były", "będzie", "czy", "dla", "do",
			"gdy", "i", "ich", "im", "jak", "jako", "je", "jego", "jej", "jest", "jeśli", "już", "ku", "lub", "ma",
			"mają", "może", "na", "nad", "nie", "niż", "o", "od", "oraz", "po", "pod", "przed", "przez", "przy", "się",
			"są", "ta", "tak", "te", "tego", "tej", "ten", "to", "tym", "u", "w", "we", "z", "za", "ze", "że", "który",
			"która", "które", "których", "którym", "co", "oraz", "także", "też", "jako", "wraz"), true));

	private static final Map<String, CharArraySet> STOP_WORDS = Map.ofEntries(
			Map.entry("bg", BulgarianAnalyzer.getDefaultStopSet()), Map.entry("cs", CzechAnalyzer.getDefaultStopSet()),
			Map.entry("da", DanishAnalyzer.getDefaultStopSet()), Map.entry("de", GermanAnalyzer.getDefaultStopSet()),
			Map.entry("el", GreekAnalyzer.getDefaultStopSet()),
			Map.entry("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
			Map.entry("es", SpanishAnalyzer.getDefaultStopSet()), Map.entry("et", EstonianAnalyzer.getDefaultStopSet()),
			Map.entry("fi", FinnishAnalyzer.getDefaultStopSet()), Map.entry("fr", FrenchAnalyzer.getDefaultStopSet()),
			Map.entry("ga", IrishAnalyzer.getDefaultStopSet()), Map.entry("hu", HungarianAnalyzer.getDefaultStopSet()),
			Map.entry("it", ItalianAnalyzer.getDefaultStopSet()),
			Map.entry("lt", LithuanianAnalyzer.getDefaultStopSet()),
			Map.entry("lv", LatvianAnalyzer.getDefaultStopSet()), Map.entry("nl", DutchAnalyzer.getDefaultStopSet()),
			Map.entry("pl", POLISH_STOP_WORDS), Map.entry("pt", PortugueseAnalyzer.getDefaultStopSet()),
			Map.entry("ro", RomanianAnalyzer.getDefaultStopSet()), Map.entry("sv", SwedishAnalyzer.getDefaultStopSet()));

	/**
	 * Stop words of every language, folded; for language-neutral fields, where a query's
	 * language is unknown: a stop word of any language never makes a match on its own
	 * there.
	 */
	public static final CharArraySet ANY_STOP_WORDS = anyStopWords();

	private Vocabulary() {
	}

	/** A language's stop words (empty for languages without a list). */
	public static CharArraySet stopWords(String language) {
		return STOP_WORDS.getOrDefault(language, CharArraySet.EMPTY_SET);
	}

	/** Lower-cased, accents and umlauts removed ("Émotion" → "emotion"). */
	public static String fold(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ł", "l").replace("ø", "o");
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	private static CharArraySet anyStopWords() {
		CharArraySet all = new CharArraySet(2048, true);
		for (CharArraySet words : STOP_WORDS.values()) {
			for (Object word : words) {
				String text = new String((char[]) word);
				all.add(text);
				all.add(fold(text));
			}
		}
		return CharArraySet.unmodifiableSet(all);
	}

}
