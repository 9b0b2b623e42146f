package org.airegistry.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.EntryText;
import org.airegistry.registry.RegistryQueries;

/**
 * Words of the indexed corpus per language, for splitting compounds: a word that the
 * entries of a compounding language use at least {@value #MIN_FREQUENCY} times can be
 * found inside a longer word of that language ("Planung" in "Schichtplanung"). Known
 * before the reindex creates the new index: kept up to date at publication
 * ({@link org.airegistry.search.index.persistence.CorpusWordCounts}, DD039) or counted by
 * reading every entry ({@link #counting(RegistryQueries)}).
 */
public final class CorpusWords {

	/** Where a reindex gets the corpus words of its new index's definition. */
	@FunctionalInterface
	public interface Source {

		CorpusWords read();

	}

	/**
	 * Told when an entry's public state may have changed (a version published, a
	 * suspension, a move out of public view), so that kept counts follow it.
	 */
	@FunctionalInterface
	public interface Keeper {

		/** Counts kept nowhere: nothing to follow. */
		Keeper NONE = id -> {
		};

		void entryChanged(AiSystemId id);

	}

	/**
	 * The words one entry adds to the corpus: its language's code and the words of its
	 * name and intended purpose, in the order they occur (none when the language does not
	 * compound).
	 */
	public record Contribution(String language, List<String> words) {

		/** No words. */
		public static final Contribution NONE = new Contribution("", List.of());

		public Contribution {
			words = List.copyOf(words);
		}

	}

	/** No corpus words: the base lists only. */
	public static final CorpusWords NONE = new CorpusWords();

	public static final int MIN_FREQUENCY = 2;

	static final int MIN_LENGTH = 4;

	static final int MAX_LENGTH = 24;

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private final Map<String, Map<String, Integer>> counts = new HashMap<>();

	/**
	 * Counts every latest public version's words: one full read of the entries (the
	 * recount that kept counts must always equal).
	 */
	public static Source counting(RegistryQueries registry) {
		return () -> {
			CorpusWords corpus = new CorpusWords();
			registry.forEachLatestText(500, corpus::add);
			return corpus;
		};
	}

	/** Counts the words of entries in compounding languages. */
	public synchronized void add(List<EntryText> entries) {
		for (EntryText entry : entries) {
			Contribution contribution = of(entry);
			for (String word : contribution.words()) {
				add(contribution.language(), word, 1);
			}
		}
	}

	/** Adds occurrences of a word of a language (kept counts read back). */
	public synchronized void add(String language, String word, int occurrences) {
		counts.computeIfAbsent(language, l -> new HashMap<>()).merge(word, occurrences, Integer::sum);
	}

	/** The words an entry's texts add to the corpus: the one rule of what is counted. */
	public static Contribution of(EntryText entry) {
		String language = AnalysisVocabulary.code(entry.language());
		if (!AnalysisVocabulary.COMPOUNDING.contains(language)) {
			return Contribution.NONE;
		}
		List<String> words = new ArrayList<>();
		collect(words, entry.intendedPurpose());
		collect(words, entry.tradeName());
		return new Contribution(language, words);
	}

	private static void collect(List<String> words, String text) {
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			int length = matcher.end() - matcher.start();
			if (length >= MIN_LENGTH && length <= MAX_LENGTH) {
				words.add(matcher.group().toLowerCase(Locale.ROOT));
			}
		}
	}

	/** Every counted word of a language with its occurrences, for comparisons. */
	public synchronized Map<String, Map<String, Integer>> counts() {
		Map<String, Map<String, Integer>> copy = new java.util.TreeMap<>();
		counts.forEach((language, words) -> {
			Map<String, Integer> nonZero = new java.util.TreeMap<>();
			words.forEach((word, n) -> {
				if (n != 0) {
					nonZero.put(word, n);
				}
			});
			if (!nonZero.isEmpty()) {
				copy.put(language, nonZero);
			}
		});
		return copy;
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
