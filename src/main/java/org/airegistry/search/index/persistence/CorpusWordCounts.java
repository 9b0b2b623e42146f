package org.airegistry.search.index.persistence;

import static org.airegistry.db.Tables.SEARCH_CORPUS_ENTRY;
import static org.airegistry.db.Tables.SEARCH_CORPUS_STATE;
import static org.airegistry.db.Tables.SEARCH_CORPUS_WORD;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.EntryText;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.index.CorpusWords;
import org.airegistry.search.index.CorpusWords.Contribution;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Records;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The corpus words kept up to date at publication (DD039): each public entry's
 * contribution (the words of its latest public version, {@link CorpusWords#of}) and their
 * sum per language and word, in the database. Whenever the indexer brings an entry's
 * document up to date (a version published, suspended or reinstated, moved out of public
 * view), {@link #entryChanged} reads what the public may see of the entry now and applies
 * the difference to its stored contribution. That is a function of the entry's current
 * state, not of the event, so an event handled twice or late changes nothing. Updates,
 * from however many application instances, hold the lock of the one state row: the
 * entry's state is read after the lock is taken, so the last update of an entry always
 * applies its newest state. A reindex reads the sums instead of reading every entry
 * before it can create its index.
 *
 * <p>
 * Existing data is counted by a full recount ({@link #recountIfPending()}), which the
 * migration asks for; it runs at start-up and, if not yet done, before the first read.
 */
@Component
public class CorpusWordCounts implements CorpusWords.Source, CorpusWords.Keeper {

	private static final Log logger = LogFactory.getLog(CorpusWordCounts.class);

	private static final int STATE = 1;

	/** The entry id column, read and written as the typed id (DD026). */
	private static final Field<AiSystemId> ENTRY_ID = SEARCH_CORPUS_ENTRY.AI_SYSTEM_ID
		.convert(Converter.ofNullable(UUID.class, AiSystemId.class, AiSystemId::new, AiSystemId::value));

	/** Rows written per statement while recounting. */
	private static final int RECOUNT_BATCH = 1_000;

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final RegistryQueries registry;

	private final Clock clock;

	CorpusWordCounts(DSLContext dsl, TransactionTemplate transactions, RegistryQueries registry,
			ObjectProvider<Clock> clock) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.registry = registry;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Counts the corpus words of existing entries once after the migration that keeps
	 * them, in the background; a reindex before it finishes waits for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void recountInBackground() {
		Thread.ofVirtual().name("search-corpus-recount").start(() -> {
			try {
				recountIfPending();
			}
			catch (RuntimeException ex) {
				logger.warn("Corpus words not counted yet (%s); counted before the next reindex"
					.formatted(ex.getMessage()));
			}
		});
	}

	/**
	 * Brings an entry's contribution in line with what the public may see of it now: the
	 * words of its latest public version, or none when it has no public version, is
	 * suspended or is in the non-public section.
	 */
	@Override
	public void entryChanged(AiSystemId id) {
		entriesChanged(List.of(id));
	}

	/**
	 * {@link #entryChanged} for several entries in one transaction under one lock, with
	 * the word sums changed once for all of them: for a page of entries indexed in one
	 * bulk request.
	 */
	public void entriesChanged(Collection<AiSystemId> ids) {
		transactions.executeWithoutResult(status -> {
			lock();
			Map<String, Map<String, Integer>> delta = new HashMap<>();
			for (AiSystemId id : ids) {
				// read after the lock: a later update of the same entry reads a state at
				// least as new
				Contribution now = registry.findLatest(id)
					.map(entry -> CorpusWords.of(EntryText.of(entry.data())))
					.orElse(Contribution.NONE);
				Contribution before = stored(id).orElse(Contribution.NONE);
				if (before.equals(now)) {
					continue;
				}
				before.words().forEach(word -> add(delta, before.language(), word, -1));
				now.words().forEach(word -> add(delta, now.language(), word, 1));
				dsl.deleteFrom(SEARCH_CORPUS_ENTRY).where(ENTRY_ID.eq(id)).execute();
				if (!now.words().isEmpty()) {
					dsl.insertInto(SEARCH_CORPUS_ENTRY)
						.set(ENTRY_ID, id)
						.set(SEARCH_CORPUS_ENTRY.LANGUAGE, now.language())
						.set(SEARCH_CORPUS_ENTRY.WORDS, String.join(" ", now.words()))
						.execute();
				}
			}
			delta.forEach(this::apply);
		});
	}

	/**
	 * The kept words that occur often enough to be corpus words, recounting first when
	 * the counts are not complete yet.
	 */
	@Override
	public CorpusWords read() {
		recountIfPending();
		return read(CorpusWords.MIN_FREQUENCY);
	}

	/** Every kept word, however rare, for comparisons with a recount. */
	public CorpusWords readAll() {
		return read(1);
	}

	private CorpusWords read(int minOccurrences) {
		CorpusWords corpus = new CorpusWords();
		dsl.select(SEARCH_CORPUS_WORD.LANGUAGE, SEARCH_CORPUS_WORD.WORD, SEARCH_CORPUS_WORD.OCCURRENCES)
			.from(SEARCH_CORPUS_WORD)
			.where(SEARCH_CORPUS_WORD.OCCURRENCES.ge(minOccurrences))
			.fetch()
			.forEach(row -> corpus.add(row.get(SEARCH_CORPUS_WORD.LANGUAGE), row.get(SEARCH_CORPUS_WORD.WORD),
					row.get(SEARCH_CORPUS_WORD.OCCURRENCES)));
		return corpus;
	}

	/** Whether the counts still wait for their first full recount. */
	public boolean recountPending() {
		return Boolean.TRUE.equals(dsl.select(SEARCH_CORPUS_STATE.RECOUNT_PENDING)
			.from(SEARCH_CORPUS_STATE)
			.where(SEARCH_CORPUS_STATE.ID.eq(STATE))
			.fetchOne(SEARCH_CORPUS_STATE.RECOUNT_PENDING));
	}

	/** Recounts when the counts are not complete yet (the backfill of existing data). */
	public void recountIfPending() {
		if (recountPending()) {
			recount(true);
		}
	}

	/**
	 * Counts every latest public version again and replaces the kept counts, holding the
	 * lock of the updates meanwhile (they wait, then apply their entries' newest state).
	 */
	public void recount() {
		recount(false);
	}

	private void recount(boolean onlyIfPending) {
		long started = System.nanoTime();
		int[] entries = { 0 };
		boolean done = Boolean.TRUE.equals(transactions.execute(status -> {
			boolean pending = lock();
			if (onlyIfPending && !pending) {
				// another instance recounted meanwhile
				return false;
			}
			dsl.deleteFrom(SEARCH_CORPUS_ENTRY).execute();
			dsl.deleteFrom(SEARCH_CORPUS_WORD).execute();
			CorpusWords all = new CorpusWords();
			registry.forEachLatest(RECOUNT_BATCH, page -> {
				List<Query> inserts = new ArrayList<>();
				for (PublicEntry entry : page) {
					Contribution contribution = CorpusWords.of(EntryText.of(entry.data()));
					if (contribution.words().isEmpty()) {
						continue;
					}
					contribution.words().forEach(word -> all.add(contribution.language(), word, 1));
					inserts.add(dsl.insertInto(SEARCH_CORPUS_ENTRY)
						.set(ENTRY_ID, entry.id())
						.set(SEARCH_CORPUS_ENTRY.LANGUAGE, contribution.language())
						.set(SEARCH_CORPUS_ENTRY.WORDS, String.join(" ", contribution.words())));
					entries[0]++;
				}
				if (!inserts.isEmpty()) {
					dsl.batch(inserts).execute();
				}
			});
			List<Query> words = new ArrayList<>();
			all.counts().forEach((language, counts) -> counts.forEach((word, occurrences) -> {
				words.add(dsl.insertInto(SEARCH_CORPUS_WORD)
					.set(SEARCH_CORPUS_WORD.LANGUAGE, language)
					.set(SEARCH_CORPUS_WORD.WORD, word)
					.set(SEARCH_CORPUS_WORD.OCCURRENCES, occurrences));
				if (words.size() == RECOUNT_BATCH) {
					dsl.batch(words).execute();
					words.clear();
				}
			}));
			if (!words.isEmpty()) {
				dsl.batch(words).execute();
			}
			dsl.update(SEARCH_CORPUS_STATE)
				.set(SEARCH_CORPUS_STATE.RECOUNT_PENDING, false)
				.set(SEARCH_CORPUS_STATE.COUNTED_AT, clock.instant())
				.where(SEARCH_CORPUS_STATE.ID.eq(STATE))
				.execute();
			return true;
		}));
		if (done) {
			logger.info("Counted the corpus words of %d entries in %d ms".formatted(entries[0],
					(System.nanoTime() - started) / 1_000_000));
		}
	}

	/**
	 * Takes the lock of the state row, which every update and the recount hold until
	 * their transaction ends.
	 * @return whether a recount is still pending
	 */
	private boolean lock() {
		return Boolean.TRUE.equals(dsl.select(SEARCH_CORPUS_STATE.RECOUNT_PENDING)
			.from(SEARCH_CORPUS_STATE)
			.where(SEARCH_CORPUS_STATE.ID.eq(STATE))
			.forUpdate()
			.fetchOne(SEARCH_CORPUS_STATE.RECOUNT_PENDING));
	}

	private Optional<Contribution> stored(AiSystemId id) {
		return dsl.select(SEARCH_CORPUS_ENTRY.LANGUAGE, SEARCH_CORPUS_ENTRY.WORDS)
			.from(SEARCH_CORPUS_ENTRY)
			.where(ENTRY_ID.eq(id))
			.fetchOptional(
					Records.mapping((language, words) -> new Contribution(language, Arrays.asList(words.split(" ")))));
	}

	private static void add(Map<String, Map<String, Integer>> delta, String language, String word, int change) {
		delta.computeIfAbsent(language, l -> new HashMap<>()).merge(word, change, Integer::sum);
	}

	/**
	 * Applies one language's changes: existing words updated in one batch, new ones
	 * inserted, words no entry uses any more deleted.
	 */
	private void apply(String language, Map<String, Integer> changes) {
		changes.values().removeIf(change -> change == 0);
		if (changes.isEmpty()) {
			return;
		}
		Map<String, Integer> existing = dsl.select(SEARCH_CORPUS_WORD.WORD, SEARCH_CORPUS_WORD.OCCURRENCES)
			.from(SEARCH_CORPUS_WORD)
			.where(SEARCH_CORPUS_WORD.LANGUAGE.eq(language))
			.and(SEARCH_CORPUS_WORD.WORD.in(changes.keySet()))
			.fetchMap(SEARCH_CORPUS_WORD.WORD, SEARCH_CORPUS_WORD.OCCURRENCES);
		List<Query> queries = new ArrayList<>();
		List<String> gone = new ArrayList<>();
		changes.forEach((word, change) -> {
			Integer before = existing.get(word);
			int after = (before == null ? 0 : before) + change;
			if (after <= 0) {
				gone.add(word);
			}
			else if (before == null) {
				queries.add(dsl.insertInto(SEARCH_CORPUS_WORD)
					.set(SEARCH_CORPUS_WORD.LANGUAGE, language)
					.set(SEARCH_CORPUS_WORD.WORD, word)
					.set(SEARCH_CORPUS_WORD.OCCURRENCES, after));
			}
			else {
				queries.add(dsl.update(SEARCH_CORPUS_WORD)
					.set(SEARCH_CORPUS_WORD.OCCURRENCES, after)
					.where(SEARCH_CORPUS_WORD.LANGUAGE.eq(language))
					.and(SEARCH_CORPUS_WORD.WORD.eq(word)));
			}
		});
		if (!gone.isEmpty()) {
			queries.add(dsl.deleteFrom(SEARCH_CORPUS_WORD)
				.where(SEARCH_CORPUS_WORD.LANGUAGE.eq(language))
				.and(SEARCH_CORPUS_WORD.WORD.in(gone)));
		}
		if (!queries.isEmpty()) {
			dsl.batch(queries).execute();
		}
	}

}
