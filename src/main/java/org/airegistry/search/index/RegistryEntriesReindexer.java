package org.airegistry.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicEntryDigest;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.ReindexProgress;
import org.airegistry.search.ReindexProgress.Phase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds the index from the database: a new concrete index from the definition and the
 * corpus words kept at publication (DD039), every entry's latest public version read in
 * pages (one pass of the database, DD094) and sent to it while it is read, at most a few
 * pages ahead of the node, then both aliases moved to it in one atomic
 * {@code updateAliases}. The old index is kept (for a rollback by hand). Searches keep
 * answering from the old index until the swap.
 */
public class RegistryEntriesReindexer {

	/** Entries per page read from the database and per bulk request. */
	public static final int BATCH_SIZE = 500;

	/**
	 * How often a page whose bulk request timed out is split in halves and sent again: on
	 * a busy node a bulk of 500 documents can take longer than the client's bound (a
	 * search benchmark on a loaded machine failed the whole reindex that way), smaller
	 * requests finish within it, and a node that does not answer at all still fails the
	 * reindex after a few rounds.
	 */
	static final int TIMEOUT_SPLITS = 3;

	/** Bulk requests in flight at once unless configured otherwise. */
	public static final int DEFAULT_CONCURRENCY = 2;

	/**
	 * Concrete indices kept after a reindex unless configured otherwise: the new one and
	 * the previous one (for a rollback by hand).
	 */
	public static final int DEFAULT_KEEP_INDICES = 2;

	static final Duration CATCH_UP_SLACK = Duration.ofMinutes(1);

	private static final Log logger = LogFactory.getLog(RegistryEntriesReindexer.class);

	private final RegistryEntriesIndex index;

	private final RegistryQueries registry;

	private final Clock clock;

	private final DeploymentFacts.Source deployments;

	private final CorpusWords.Source corpus;

	private final int concurrency;

	private final int keepIndices;

	public RegistryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry, Clock clock) {
		this(index, registry, clock, DeploymentFacts.Source.NONE);
	}

	public RegistryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry, Clock clock,
			DeploymentFacts.Source deployments) {
		this(index, registry, clock, deployments, DEFAULT_CONCURRENCY);
	}

	/**
	 * @param concurrency bulk requests in flight at once while loading (at least 1)
	 */
	public RegistryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry, Clock clock,
			DeploymentFacts.Source deployments, int concurrency) {
		this(index, registry, clock, deployments, concurrency, DEFAULT_KEEP_INDICES);
	}

	/**
	 * @param concurrency bulk requests in flight at once while loading (at least 1)
	 * @param keepIndices concrete indices kept after a reindex, the new one included (at
	 * least 1); older ones not behind an alias are deleted
	 */
	public RegistryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry, Clock clock,
			DeploymentFacts.Source deployments, int concurrency, int keepIndices) {
		this(index, registry, clock, deployments, concurrency, keepIndices, CorpusWords.counting(registry));
	}

	/**
	 * @param concurrency bulk requests in flight at once while loading (at least 1)
	 * @param keepIndices concrete indices kept after a reindex, the new one included (at
	 * least 1); older ones not behind an alias are deleted
	 * @param corpus the corpus words of the new index's definition: kept at publication
	 * ({@link org.airegistry.search.index.persistence.CorpusWordCounts}), or counted by
	 * reading every entry first
	 */
	public RegistryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry, Clock clock,
			DeploymentFacts.Source deployments, int concurrency, int keepIndices, CorpusWords.Source corpus) {
		if (keepIndices < 1) {
			throw new IllegalArgumentException("Indices to keep must be at least 1, was " + keepIndices);
		}
		this.keepIndices = keepIndices;
		if (concurrency < 1) {
			throw new IllegalArgumentException("Reindex concurrency must be at least 1, was " + concurrency);
		}
		this.concurrency = concurrency;
		this.index = index;
		this.registry = registry;
		this.clock = clock;
		this.deployments = deployments;
		this.corpus = corpus;
	}

	/** Bulk requests in flight at once while loading. */
	public int concurrency() {
		return concurrency;
	}

	/** Concrete indices kept after a reindex, the new one included. */
	public int keepIndices() {
		return keepIndices;
	}

	/**
	 * The outcome of a reindex.
	 *
	 * @param index the new concrete index
	 * @param documents documents written
	 * @param previousIndices the indices the read alias pointed at before
	 * @param millis how long it took
	 * @param deletedIndices old indices deleted by the retention rule
	 * @param phases where the time went
	 */
	public record Result(String index, int documents, List<String> previousIndices, long millis,
			List<String> deletedIndices, Phases phases) {

		/** Documents per second of the whole run. */
		public double documentsPerSecond() {
			return millis == 0 ? documents : documents * 1000.0 / millis;
		}

	}

	/**
	 * Where a reindex's time went, in milliseconds.
	 *
	 * @param words getting the corpus words (reading the kept counts)
	 * @param creating creating the new index from the definition and the corpus words
	 * (while the first pages are read: part of loading)
	 * @param loading reading the database, building the documents and sending them, at
	 * once (refresh off)
	 * @param refreshing making them searchable (refresh on again, one refresh)
	 * @param finishing alias swap, catch-up of entries published meanwhile, retention
	 */
	public record Phases(long words, long creating, long loading, long refreshing, long finishing) {

		@Override
		public String toString() {
			return "corpus words %d ms, creating %d ms (while loading), loading %d ms, refreshing %d ms, finishing %d ms"
				.formatted(words, creating, loading, refreshing, finishing);
		}

	}

	public Result reindexAll() throws IOException {
		return reindexAll(progress -> {
		});
	}

	/**
	 * Reindexes, reporting progress after each batch.
	 * @param progress told of each step; must be quick
	 */
	public Result reindexAll(Consumer<ReindexProgress> progress) throws IOException {
		long started = System.nanoTime();
		// a little slack for clocks of several application instances
		Instant startedAt = clock.instant().minus(CATCH_UP_SLACK);
		index.ensureExists();
		ElasticsearchClient client = index.client();
		IndexNames names = index.names();
		String target = names.reindexTarget(clock.instant());
		progress.accept(new ReindexProgress(Phase.CREATING_INDEX, 0, ReindexProgress.UNCOUNTED, target));
		// the corpus words (which complete the base lists for splitting compounds in the
		// new index's definition) are kept at publication: the index is created before
		// any document is sent, while the first pages are read, and the entries are read
		// while they are loaded
		long mark = System.nanoTime();
		CorpusWords words = corpus.read();
		long reading = millisSince(mark);
		mark = System.nanoTime();
		AtomicLong creating = new AtomicLong();
		// the count of the entries only sizes the progress shown: it runs while the index
		// is created and the first pages are loaded, not before them on the reindex's
		// clock (DD098: 0.4-0.5 s at 100 000 entries, 2.4 s at a million)
		AtomicLong counted = new AtomicLong(ReindexProgress.UNCOUNTED);
		int documents;
		try (ExecutorService creator = Executors.newVirtualThreadPerTaskExecutor()) {
			long creatingFrom = mark;
			Future<?> created = creator.submit(() -> {
				index.create(target, false, words);
				// bulk loading goes faster without refreshes
				client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("-1"))));
				creating.set(millisSince(creatingFrom));
				return null;
			});
			Future<?> counting = creator.submit(() -> counted.set(registry.countPublished()));
			documents = load(client, target, created, written -> {
				long count = counted.get();
				progress.accept(new ReindexProgress(Phase.LOADING, written,
						count == ReindexProgress.UNCOUNTED ? count : Math.max(count, written), target));
			});
			await(created);
			await(counting);
		}
		long total = Math.max(counted.get(), documents);
		long loading = millisSince(mark);
		long refreshingFrom = System.nanoTime();
		client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("1s"))));
		client.indices().refresh(r -> r.index(target));
		long refreshing = millisSince(refreshingFrom);
		long finishing = System.nanoTime();

		progress.accept(new ReindexProgress(Phase.SWITCHING_ALIASES, documents, total, target));
		List<String> previousRead = index.indicesOf(names.readAlias());
		List<String> previousWrite = index.indicesOf(names.writeAlias());
		client.indices().updateAliases(u -> {
			previousRead
				.forEach(old -> u.actions(Action.of(a -> a.remove(r -> r.index(old).alias(names.readAlias())))));
			previousWrite
				.forEach(old -> u.actions(Action.of(a -> a.remove(r -> r.index(old).alias(names.writeAlias())))));
			u.actions(Action.of(a -> a.add(add -> add.index(target).alias(names.readAlias()))));
			u.actions(Action.of(a -> a.add(add -> add.index(target).alias(names.writeAlias()).isWriteIndex(true))));
			return u;
		});
		// entries published while loading went to the old index: bring them over (the
		// external versions make unchanged documents a no-op)
		progress.accept(new ReindexProgress(Phase.CATCHING_UP, documents, total, target));
		int caughtUp = catchUp(client, target, startedAt);
		client.indices().refresh(r -> r.index(target));
		List<String> deleted = prune(client, target);
		long millis = millisSince(started);
		Phases phases = new Phases(reading, creating.get(), loading, refreshing, millisSince(finishing));
		progress.accept(new ReindexProgress(Phase.DONE, documents, total, target));
		logger
			.info("Reindexed %d entries into %s in %d ms (%s; %d updated after the alias swap); previous %s, deleted %s"
				.formatted(documents, target, millis, phases, caughtUp, previousRead, deleted));
		return new Result(target, documents, previousRead, millis, deleted, phases);
	}

	/**
	 * Deletes the oldest concrete indices beyond {@link #keepIndices()} (the new one
	 * counted); an index an alias still points at is never deleted.
	 */
	private List<String> prune(ElasticsearchClient client, String target) throws IOException {
		IndexNames names = index.names();
		java.util.Set<String> aliased = new java.util.HashSet<>(index.indicesOf(names.readAlias()));
		aliased.addAll(index.indicesOf(names.writeAlias()));
		aliased.add(target);
		List<String> all = index.allIndices();
		List<String> deleted = new ArrayList<>();
		int surplus = all.size() - keepIndices;
		for (String name : all) {
			if (surplus <= 0) {
				break;
			}
			if (!aliased.contains(name)) {
				client.indices().delete(d -> d.index(name));
				deleted.add(name);
				surplus--;
			}
		}
		return deleted;
	}

	/**
	 * Copies entries published since the reindex started (they may have gone to the old
	 * index only) into the new index; the external versions make the ones already there a
	 * no-op.
	 */
	private int catchUp(ElasticsearchClient client, String target, Instant startedAt) throws IOException {
		List<PublicEntry> latest = new ArrayList<>();
		int written = 0;
		for (AiSystemId id : registry.publishedSince(startedAt)) {
			registry.findLatest(id).ifPresent(latest::add);
			if (latest.size() == BATCH_SIZE) {
				written += bulkIndex(client, target, latest);
				latest.clear();
			}
		}
		return written + bulkIndex(client, target, latest);
	}

	/**
	 * Reads every latest public version as a digest (only what the documents need, DD090;
	 * one query read in pages in no particular order, DD094) and sends each page into the
	 * target index as soon as it is built: the reader builds its page's documents (with
	 * the page's deployment facts, one query) as JSON and hands the page to a sender,
	 * waiting while {@code concurrency} bulk requests are in flight. So the database is
	 * read while the node indexes, and at most one page waits in memory besides those in
	 * flight.
	 */
	private int load(ElasticsearchClient client, String target, Future<?> created, Consumer<Integer> afterBatch) {
		AtomicInteger written = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Semaphore inFlight = new Semaphore(concurrency);
		Object progressLock = new Object();
		try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
				ExecutorService reading = Executors.newVirtualThreadPerTaskExecutor()) {
			Consumer<List<PublicEntryDigest>> sendPage = entries -> {
				rethrow(failure.get());
				List<Prepared> page = build(entries);
				inFlight.acquireUninterruptibly();
				senders.execute(() -> {
					try {
						await(created);
						written.addAndGet(inHalvesOnTimeout(page, TIMEOUT_SPLITS, part -> send(client, target, part)));
						synchronized (progressLock) {
							afterBatch.accept(written.get());
						}
					}
					catch (Throwable ex) {
						failure.compareAndSet(null, ex);
					}
					finally {
						inFlight.release();
					}
				});
			};
			reading.execute(() -> {
				try {
					registry.forEachLatestDigest(BATCH_SIZE, sendPage);
				}
				catch (Throwable ex) {
					failure.compareAndSet(null, ex);
				}
			});
			// the reader ends first (closing in reverse order), then the senders
		}
		rethrow(failure.get());
		return written.get();
	}

	/**
	 * Waits until a task beside the loading ended: the new index created, the entries
	 * counted.
	 * @throws IOException when the task failed for that reason
	 */
	private static void await(Future<?> task) throws IOException {
		try {
			task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the new index was created or the entries counted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			rethrow(ex.getCause());
		}
	}

	/** A document ready to send: its id, external version and JSON source. */
	record Prepared(String id, long version, byte[] json) {

		BinaryData source() {
			return BinaryData.of(json, ContentType.APPLICATION_JSON);
		}

	}

	/**
	 * A page's documents, with its deployment facts (one query), serialised once: built
	 * from the entries' digests (DD090), the same documents as from whole entries.
	 */
	private List<Prepared> build(List<PublicEntryDigest> page) {
		Map<String, DeploymentFacts> facts = deployments
			.ofAll(page.stream().map(PublicEntryDigest::registrationNumber).toList());
		List<Prepared> prepared = new ArrayList<>(page.size());
		for (PublicEntryDigest entry : page) {
			prepared.add(new Prepared(SearchDocuments.id(entry), entry.version(),
					SearchDocuments.json(entry, facts.getOrDefault(entry.registrationNumber(), DeploymentFacts.NONE))));
		}
		return prepared;
	}

	/** One bulk request of prepared documents, each with its external version. */
	private static int send(ElasticsearchClient client, String target, List<Prepared> page) throws IOException {
		BulkResponse response = client.bulk(b -> {
			b.index(target);
			for (Prepared document : page) {
				b.operations(o -> o.index(i -> i.id(document.id())
					.versionType(VersionType.External)
					.version(document.version())
					.document(document.source())));
			}
			return b;
		});
		return RegistryEntryIndexer.written(response, "entry", target);
	}

	/**
	 * Writes a page of latest public versions (the registry's public reads leave out what
	 * the public may not see): deployment facts asked once per page.
	 */
	private int bulkIndex(ElasticsearchClient client, String target, List<PublicEntry> page) throws IOException {
		return inHalvesOnTimeout(page, TIMEOUT_SPLITS,
				part -> RegistryEntryIndexer.bulkIndex(client, target, part, deployments));
	}

	/** Sends a page of documents in one bulk request. */
	@FunctionalInterface
	private interface PageSender<T> {

		int send(List<T> page) throws IOException;

	}

	/**
	 * Sends a page; when the request times out, sends its two halves instead (the
	 * external versions make documents the timed-out request did write a no-op).
	 */
	private static <T> int inHalvesOnTimeout(List<T> page, int splits, PageSender<T> sender) throws IOException {
		try {
			return sender.send(page);
		}
		catch (IOException ex) {
			if (splits == 0 || page.size() < 2 || !timedOut(ex)) {
				throw ex;
			}
			logger
				.warn("A bulk request of %d entries timed out; sending it again in two halves".formatted(page.size()));
			int half = page.size() / 2;
			inHalvesOnTimeout(page.subList(0, half), splits - 1, sender);
			inHalvesOnTimeout(page.subList(half, page.size()), splits - 1, sender);
			// the new index has no other writer while loading: each document of the page
			// is in it now, written by the halves or already by the timed-out request
			return page.size();
		}
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	private static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static void rethrow(@Nullable Throwable failure) {
		switch (failure) {
			case null -> {
			}
			case IOException io -> throw new UncheckedIOException(io);
			case RuntimeException runtime -> throw runtime;
			case Error error -> throw error;
			default -> throw new IllegalStateException(failure);
		}
	}

}
