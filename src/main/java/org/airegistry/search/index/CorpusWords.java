package org.airegistry.search.index;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.airegistry.registry.EntryText;

/**
 * Words of the indexed corpus per language, for splitting compounds: a word that the
 * entries of a compounding language use at least {@value #MIN_FREQUENCY} times can be
 * found inside a longer word of that language ("Planung" in "Schichtplanung"). Collected
 * by the reindex before it creates the new index.
 */
public final class CorpusWords {

	/** No corpus words: the base lists only. */
	public static final CorpusWords NONE = new CorpusWords();

	static final int MIN_FREQUENCY = 2;

	static final int MIN_LENGTH = 4;

	static final int MAX_LENGTH = 24;

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private final Map<String, Map<String, Integer>> counts = new HashMap<>();

	/** Counts the words of entries in compounding languages. */
	public synchronized void add(List<EntryText> entries) {
		for (EntryText entry : entries) {
			String language = AnalysisVocabulary.code(entry.language());
			if (!AnalysisVocabulary.COMPOUNDING.contains(language)) {
				continue;
			}
			Map<String, Integer> words = counts.computeIfAbsent(language, l -> new HashMap<>());
			count(words, entry.intendedPurpose());
			count(words, entry.tradeName());
		}
	}

	private static void count(Map<String, Integer> words, String text) {
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			int length = matcher.end() - matcher.start();
			if (length >= MIN_LENGTH && length <= MAX_LENGTH) {
				words.merge(matcher.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
			}
		}
	}

	/** The frequent words of a language, most frequent first. */
	public synchronized List<String> words(String language) {
		return counts.getOrDefault(language, Map.of())
			.entrySet()
			.stream()
			.filter(e -> e.getValue() >= MIN_FREQUENCY)
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(AnalysisVocabulary.MAX_CORPUS_WORDS)
			.map(Map.Entry::getKey)
			.toList();
	}

}
