package org.airegistry.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryText;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicEntryDigest;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.persistence.BulkEntryPublisher;
import org.airegistry.search.SearchParameters;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.search.SearchUnavailableException;
import org.airegistry.search.index.persistence.CorpusWordCounts;
import org.airegistry.search.index.CorpusWords;
import org.airegistry.search.index.DeploymentFacts;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.search.index.SearchDocuments;
import org.airegistry.search.query.ElasticsearchSearchService;
import org.airegistry.search.query.Snippets;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The search benchmark (not a test: run with {@code ./mvnw -Pbench test}). Generates
 * {@code bench.entries} public entries through the registry services, then measures on
 * the same machine in the same run: the public search API over HTTP against the same
 * Elasticsearch requests sent straight to the node, full reindex against a raw bulk load,
 * and publish-to-searchable delay; at the end, what grows with N (index, node,
 * application heap, database size). Writes {@code target/benchmark-results.md}. The
 * database is kept between runs ({@link BenchDatabase});
 * {@code -Dbench.generateOnly=true} only fills it; {@code -Dbench.loadOnly=true} ends
 * after the load comparison.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "airegistry.opendata.rate-limit.requests-per-minute=0", "airegistry.search.embedded.heap=1g",
				"spring.datasource.hikari.maximum-pool-size=24", "spring.datasource.hikari.connection-timeout=30000",
				// the production default instead of the test profile's 1 s: a page the
				// bulk generator is indexing is not retried by the outbox meanwhile
				// (DD089)
				"airegistry.search.outbox.resubmit-min-age=30s",
				// both sides of the load comparison use this client: at a million entries
				// the node's merges stalled one raw bulk request past the 5 s default and
				// failed the run (the reindex splits a timed-out page and sends it again,
				// the raw side does not), so neither side waits for a timeout here
				"spring.elasticsearch.socket-timeout=60s" })
@ContextConfiguration(initializers = { BenchDatabase.class, TestMailServer.class })
@ActiveProfiles("test")
@Import({ TestData.class, BulkEntryPublisher.class })
class SearchBenchmark {

	static final int CLIENTS = 16;

	/** The outbox's retry of failed indexing (package-private in its module). */
	static final String OUTBOX_RETRY = "org.airegistry.search.sync.IncompletePublicationsResubmitter";

	/** Documents of the raw bulk that warms the node before the reindex rounds. */
	static final int WARM_BULK = 50_000;

	/** Measured rounds of each search load, alternating API and raw. */
	static final int ROUNDS = 3;

	/**
	 * Warm-up pairs (API, then raw, {@code bench.warmup} seconds each) at most: more are
	 * run while the JIT still compiles for over 5 % of a pair's time.
	 */
	static final int WARMUP_PAIRS = 6;

	/** Unmeasured seconds at the start of each round while the clients get going. */
	static final Duration RAMP = Duration.ofSeconds(2);

	/** Threads publishing generated entries (they mostly wait for the database). */
	static final int PUBLISHERS = 8;

	final int entries = Integer.getInteger("bench.entries", 10_000);

	/**
	 * Rounds of the load comparison ({@code -Dbench.loadRounds}): the raw bulk of the
	 * same documents varies by about ±10 % from one round to the next.
	 */
	final int loadRounds = Integer.getInteger("bench.loadRounds", 2);

	final Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

	final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));

	@Autowired
	TestData testData;

	@Autowired
	BulkEntryPublisher bulk;

	@Autowired
	SearchService search;

	@Autowired
	RegistryQueries registry;

	@Autowired
	RegistryEntriesIndex index;

	@Autowired
	RegistryEntriesReindexer reindexer;

	@Autowired
	CorpusWordCounts corpusWordCounts;

	@Autowired
	ObjectProvider<DeploymentFacts.Source> deployments;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	List<org.springframework.scheduling.config.ScheduledTaskHolder> scheduledTasks;

	@Autowired
	org.airegistry.publication.Freshness freshness;

	@Autowired
	org.airegistry.audit.persistence.AuditRepository audit;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@LocalServerPort
	int port;

	final StringBuilder report = new StringBuilder();

	@Test
	void run() throws Exception {
		EntryGenerator generator = new EntryGenerator(42);
		line("| Measure | Value |");
		line("|---|---|");

		// 1. generate through the services what the kept database lacks
		List<TestUser> providers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			providers.add(testData.user(Role.PROVIDER, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE));
		}
		int existing = (int) registry.countPublished();
		int missing = Math.max(0, entries - existing);
		line("| Entries kept from earlier runs / generated now | %,d / %,d |", existing, missing);
		if (missing > 0) {
			long started = System.nanoTime();
			if (Boolean.getBoolean("bench.throughServices")) {
				generateThroughServices(generator, providers, existing);
			}
			else {
				generateInBulk(generator, providers, existing);
			}
			double generateSeconds = seconds(started);
			line("| Generation %s | %.1f s (%.0f entries/s) |",
					Boolean.getBoolean("bench.throughServices")
							? "through RegistryService (%d threads)".formatted(PUBLISHERS)
							: "in bulk (BulkEntryPublisher, pages of %d, %d at once)".formatted(BULK_PAGE, bulkThreads),
					generateSeconds, missing / generateSeconds);
			started = System.nanoTime();
			while (indexedCountOrZero() < missing) {
				Thread.sleep(250);
			}
			line("| Outbox indexing of the generated entries caught up after | %.1f s (%.0f entries/s from the start of the generation) |",
					seconds(started), missing / (generateSeconds + seconds(started)));
		}

		if (Boolean.getBoolean("bench.generateOnly")) {
			System.out.println("\n=== Search benchmark: data generated only ===\n" + report);
			return;
		}

		// 2. full reindex (this run's index starts empty) vs raw bulk of the same
		// documents
		line("| Entries (N) | %,d |", registry.countPublished());
		backgroundJobsOnceThenStopped();
		// prebuilt as the JSON the client sends (a million documents as maps would not
		// fit the bench's heap), with the same deployment facts (one lookup per page) and
		// external versions as the reindex's; the raw index gets the same corpus words as
		// the reindex's (kept at publication, DD039)
		List<byte[]> documents = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		List<Long> versions = new ArrayList<>();
		CorpusWords recounted = new CorpusWords();
		DeploymentFacts.Source facts = deployments.getIfAvailable(() -> DeploymentFacts.Source.NONE);
		long reading = System.nanoTime();
		registry.forEachLatest(500, batch -> {
			recounted.add(batch.stream().map(entry -> EntryText.of(entry.data())).toList());
			Map<String, DeploymentFacts> pageFacts = facts
				.ofAll(batch.stream().map(PublicEntry::registrationNumber).toList());
			for (PublicEntry entry : batch) {
				documents.add(SearchDocuments.json(entry,
						pageFacts.getOrDefault(entry.registrationNumber(), DeploymentFacts.NONE)));
				ids.add(SearchDocuments.id(entry));
				versions.add((long) entry.version());
			}
		});
		double readSeconds = seconds(reading);
		line("| Reading the entries from the database into documents, alone | %.1f s = %.0f docs/s |", readSeconds,
				documents.size() / readSeconds);
		// the reindex's own read (DD090): digests in one pass in no particular order
		// (DD094), the same documents (compared by id, not kept)
		Map<String, Integer> positions = new java.util.HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			positions.put(ids.get(i), i);
		}
		AtomicInteger digests = new AtomicInteger();
		AtomicInteger different = new AtomicInteger();
		long readingDigests = System.nanoTime();
		registry.forEachLatestDigest(500, batch -> {
			Map<String, DeploymentFacts> pageFacts = facts
				.ofAll(batch.stream().map(PublicEntryDigest::registrationNumber).toList());
			for (PublicEntryDigest entry : batch) {
				byte[] document = SearchDocuments.json(entry,
						pageFacts.getOrDefault(entry.registrationNumber(), DeploymentFacts.NONE));
				digests.incrementAndGet();
				Integer i = positions.remove(SearchDocuments.id(entry));
				if (i == null || !java.util.Arrays.equals(document, documents.get(i))) {
					different.incrementAndGet();
				}
			}
		});
		double digestSeconds = seconds(readingDigests);
		line("| The same as digests (the reindex's read: DD090, in one pass DD094), alone; byte-for-byte the same documents, each once | %.1f s = %.0f docs/s; %s |",
				digestSeconds, digests.get() / digestSeconds,
				digests.get() == documents.size() && different.get() == 0 ? "yes" : "NO (" + different + " differ)");
		// and the whole read again, as warm as the digests' read was
		AtomicInteger again = new AtomicInteger();
		long readingAgain = System.nanoTime();
		registry.forEachLatest(500, batch -> {
			Map<String, DeploymentFacts> pageFacts = facts
				.ofAll(batch.stream().map(PublicEntry::registrationNumber).toList());
			for (PublicEntry entry : batch) {
				SearchDocuments.json(entry, pageFacts.getOrDefault(entry.registrationNumber(), DeploymentFacts.NONE));
				again.incrementAndGet();
			}
		});
		line("| Whole entries again (as warm as the digests' read), alone | %.1f s = %.0f docs/s |",
				seconds(readingAgain), again.get() / seconds(readingAgain));
		boolean keptEqual = corpusWordCounts.readAll().counts().equals(recounted.counts());
		if (!keptEqual) {
			// a database generated before the bulk generator kept the corpus words
			// (2026-12-05): both sides' index definitions need the real ones
			long recountFrom = System.nanoTime();
			corpusWordCounts.recount();
			line("| Corpus words kept in this database differ from a full recount: recounted once, before the rounds | %.1f s |",
					seconds(recountFrom));
		}
		long countedFrom = System.nanoTime();
		CorpusWords corpus = corpusWordCounts.read();
		line("| Corpus words kept at publication: read in / equal to a full recount (DD039) | %.0f ms / %s |",
				(System.nanoTime() - countedFrom) / 1e6, keptEqual ? "yes" : "NO (recounted)");
		// rounds (-Dbench.loadRounds), alternating which side goes first; the raw side
		// loads into an index of the same definition as the reindex's, with the same
		// corpus words (not timed: created before its clock starts). The node's first
		// bulk load in a run is slower than its later ones (its JIT compiles the indexing
		// code meanwhile), and whichever side went first paid for it (run M: round 1
		// 0.78, round 2 0.90): both sides start on a node warmed by one raw bulk that is
		// not measured, as the search part warms both sides before it measures
		int warm = Math.min(documents.size(), WARM_BULK);
		double warmSeconds = rawBulk(documents.subList(0, warm), ids.subList(0, warm), versions.subList(0, warm), 0,
				corpus);
		line("| Warm-up before the rounds (the same for both sides, not measured): raw bulk of the first %,d documents | %.1f s |",
				warm, warmSeconds);
		double lowest = Double.MAX_VALUE;
		List<String> ratios = new ArrayList<>();
		List<Double> reindexSeconds = new ArrayList<>();
		List<Double> rawSeconds = new ArrayList<>();
		for (int round = 1; round <= loadRounds; round++) {
			// each side starts on a node that merges nothing (a loaded index may merge
			// its segments for a while after its load), so neither pays for the other's
			// merges; odd rounds start with the reindex, even ones with the raw bulk, so
			// that neither side always follows the other
			boolean rawFirst = round % 2 == 0;
			RawSide raw = rawFirst ? rawSide(documents, ids, versions, round, corpus) : null;
			double quietBeforeReindex = awaitQuietNode();
			NodeWork workBefore = nodeWork();
			Cpu before = cpu();
			RegistryEntriesReindexer.Result reindex = reindexer.reindexAll();
			Cpu reindexCpu = cpu().minus(before);
			NodeWork reindexWork = nodeWork().minus(workBefore);
			if (raw == null) {
				raw = rawSide(documents, ids, versions, round, corpus);
			}
			line("| Round %d (%s first): waited for the node's merges to end before the reindex / before the raw bulk (not measured) | %.1f s / %.1f s |",
					round, rawFirst ? "raw bulk" : "reindex", quietBeforeReindex, raw.quietBefore());
			double rawRate = documents.size() / raw.seconds();
			line("| Round %d: full reindex (kept corpus words → new index → DB read while loading → alias swap) | %,d docs in %.1f s = %.0f docs/s (%s) |",
					round, reindex.documents(), reindex.millis() / 1000.0, reindex.documentsPerSecond(),
					reindex.phases());
			line("| Round %d: raw bulk of the same documents (prebuilt JSON in memory, external versions, %d requests in flight; its refresh) | %,d docs in %.1f s = %.0f docs/s (refresh %d ms) |",
					round, reindexer.concurrency(), documents.size(), raw.seconds(), rawRate, lastRawRefreshMillis);
			double ratio = reindex.documentsPerSecond() / rawRate;
			lowest = Math.min(lowest, ratio);
			ratios.add("%.2f".formatted(ratio));
			line("| Round %d: reindex / raw bulk | %.2f |", round, ratio);
			line("| Round %d: CPU seconds during the reindex / during the raw bulk: Elasticsearch node / this JVM (GC pauses) / PostgreSQL | %s / %s |",
					round, reindexCpu, raw.cpu());
			line("| Round %d: the node's own work during the reindex / during the raw bulk (its stats, seconds summed over threads): indexing, merging, refreshing, flushing; its GC pauses | %s / %s |",
					round, reindexWork, raw.work());
			reindexSeconds.add(reindex.millis() / 1000.0);
			rawSeconds.add(raw.seconds());
		}
		line("| Reindex / raw bulk in each round / the lowest (target ≥ 0.9 in every round) | %s / %.2f |",
				String.join(", ", ratios), lowest);
		// rounds 1 and 2 run reindex, raw, raw, reindex (as rounds 3 and 4 do): over such
		// a pair a change of the machine's speed in the meantime (a slow or fast stretch
		// that both the node and this JVM show in their CPU per document) cancels to
		// first order, which a single round's ratio cannot
		List<String> pairs = new ArrayList<>();
		for (int pair = 0; pair + 1 < reindexSeconds.size(); pair += 2) {
			pairs.add("%.2f".formatted((rawSeconds.get(pair) + rawSeconds.get(pair + 1))
					/ (reindexSeconds.get(pair) + reindexSeconds.get(pair + 1))));
		}
		if (!pairs.isEmpty()) {
			line("| Reindex / raw bulk over each pair of rounds (reindex, raw, raw, reindex: the summed times) | %s |",
					String.join(", ", pairs));
		}
		if (Boolean.getBoolean("bench.loadOnly")) {
			System.out.println("\n=== Search benchmark: load comparison only ===\n" + report);
			return;
		}

		double rawWithoutCorpus = rawBulk(documents, ids, versions, loadRounds + 1, CorpusWords.NONE);
		line("| For comparison: raw bulk into an index without the corpus words (the harness before DD038) | %.1f s = %.0f docs/s |",
				rawWithoutCorpus, documents.size() / rawWithoutCorpus);

		// 3. search: public API over HTTP vs the same requests straight to Elasticsearch
		List<SearchQuery> queries = new ArrayList<>();
		List<String> texts = generator.queries();
		for (int i = 0; i < texts.size(); i++) {
			Map<String, List<String>> parameters = new java.util.HashMap<>();
			parameters.put("q", List.of(texts.get(i)));
			if (i % 3 == 1) {
				parameters.put("ms", List.of("DE"));
			}
			if (i % 4 == 2) {
				parameters.put("area", List.of("4", "5"));
			}
			queries.add(SearchParameters.read(parameters, 0, 20, true));
		}
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
		List<URI> uris = queries.stream().map(this::apiUri).toList();
		Call apiCall = i -> {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uris.get(i % uris.size())).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("API answered " + response.statusCode());
			}
		};
		// the raw side sends what the API sends: the API's search asks for no facet
		// counts (DD029), so neither does its raw counterpart
		List<SearchRequest> requests = queries.stream()
			.map(q -> ElasticsearchSearchService.request(q, index.names().readAlias(), false))
			.toList();
		Call rawCall = i -> index.client().search(requests.get(i % requests.size()), Map.class);
		// warm both paths, then alternate short measured rounds so that neither side gets
		// a warmer node or a quieter minute than the other
		java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
		long jitBefore = jit.getTotalCompilationTime();
		// pairs of warm-up rounds (API, then raw) until the JIT compiled for less than
		// 5 % of a pair's time, at most WARMUP_PAIRS pairs
		int warmupPairs = 0;
		long jitLastPair;
		do {
			long pairStart = jit.getTotalCompilationTime();
			load(apiCall, warmup, Duration.ZERO);
			load(rawCall, warmup, Duration.ZERO);
			jitLastPair = jit.getTotalCompilationTime() - pairStart;
			warmupPairs++;
		}
		while (warmupPairs < WARMUP_PAIRS && jitLastPair > warmup.multipliedBy(2).toMillis() / 20);
		long jitWarmup = jit.getTotalCompilationTime() - jitBefore;
		List<Load> apiRounds = new ArrayList<>();
		List<Load> rawRounds = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			apiRounds.add(load(apiCall, RAMP, measure.dividedBy(ROUNDS)));
			rawRounds.add(load(rawCall, RAMP, measure.dividedBy(ROUNDS)));
		}
		// the JIT still compiling during the measured rounds would count against the
		// API, whose code is mostly the application's
		line("| Warm-up before the measured rounds (the same for both sides) / JIT compilation time of this JVM during the warm-up (its last pair) / during the measured rounds | %d × (%d s API, %d s raw), then a %d s ramp before each round / %,d ms (%,d ms) / %,d ms |",
				warmupPairs, warmup.toSeconds(), warmup.toSeconds(), RAMP.toSeconds(), jitWarmup, jitLastPair,
				jit.getTotalCompilationTime() - jitBefore - jitWarmup);
		Load api = Load.combine(apiRounds);
		Load raw = Load.combine(rawRounds);
		// one request of each query on its own: Elasticsearch's own time ("took") and
		// hits
		StringBuilder single = new StringBuilder();
		for (int i = 0; i < requests.size(); i++) {
			long start = System.nanoTime();
			var response = index.client().search(requests.get(i), Map.class);
			single.append("%s → %d hits, took %d ms, round trip %.1f ms; ".formatted(texts.get(i),
					response.hits().total() == null ? -1 : response.hits().total().value(), response.took(),
					(System.nanoTime() - start) / 1e6));
		}
		line("| Each query alone (Elasticsearch took / round trip) | %s |", single);
		StringBuilder parts = new StringBuilder();
		for (int i = 0; i < requests.size(); i++) {
			// the portal's request (with the facet aggregations the API does not ask for)
			String alias = index.names().readAlias();
			SearchRequest full = ElasticsearchSearchService.request(queries.get(i), alias, true);
			long queryOnly = index.client()
				.search(SearchRequest.of(b -> b.index(alias).query(full.query()).size(20)), Map.class)
				.took();
			long withHighlight = full.highlight() == null ? -1 : index.client()
				.search(SearchRequest.of(b -> b.index(alias).query(full.query()).size(20).highlight(full.highlight())),
						Map.class)
				.took();
			long withAggregations = index.client()
				.search(SearchRequest
					.of(b -> b.index(alias).query(full.query()).size(20).aggregations(full.aggregations())), Map.class)
				.took();
			parts.append("%s: query %d, +highlight %d, +aggregations %d ms; ".formatted(texts.get(i), queryOnly,
					withHighlight, withAggregations));
		}
		line("| Parts of each request alone (Elasticsearch took; +aggregations: the portal's facet counts, which the API does not ask for) | %s |",
				parts);
		line("| Where the API's time goes, one request at a time (median of %d: raw round trip / search service in the application (+ its own work: request, hits, snippets, did-you-mean check) / API over HTTP (+ MVC, filters, JSON); did you mean; Java snippet marking of the hits) | %s |",
				BREAKDOWN_REPEATS, breakdown(texts, queries, requests, uris, http));
		line("| Search API p50 / p95 / p99 (16 clients, %d rounds alternating with the raw runs) | %s |", ROUNDS,
				api.percentiles());
		line("| Search API throughput | %.0f requests/s (%d errors) |", api.throughput(), api.errors);
		line("| Same requests straight to Elasticsearch p50 / p95 / p99 | %s |", raw.percentiles());
		line("| Elasticsearch throughput | %.0f requests/s (%d errors) |", raw.throughput(), raw.errors);
		line("| API p95 / raw p95 (target ≤ 1.1) | %.2f |",
				api.histogram.getValueAtPercentile(95) / (double) raw.histogram.getValueAtPercentile(95));

		// 4. publish → searchable (outbox listener, external versions, 1 s refresh)
		Histogram delays = new Histogram(60_000, 3);
		TestUser provider = providers.getFirst();
		for (int i = 0; i < 30; i++) {
			String name = "Fresh Probe " + Integer.toString(i, 36) + "x" + System.nanoTime() % 100000;
			testData.publish(provider, generator.next(1_000_000 + i).withTradeName(name));
			long published = System.nanoTime();
			SearchQuery probe = SearchQuery.of("\"" + name + "\"");
			while (search.search(probe).hits().stream().noneMatch(h -> h.tradeName().equals(name))) {
				Thread.sleep(20);
			}
			delays.recordValue((System.nanoTime() - published) / 1_000_000);
		}
		line("| Publish → searchable p50 / p95 / max (30 samples, target p95 ≤ 2 s) | %d / %d / %d ms |",
				delays.getValueAtPercentile(50), delays.getValueAtPercentile(95), delays.getMaxValue());

		// 5. what grows with N (once per run, after the loads): index, node, application,
		// database
		documents.clear();
		ids.clear();
		versions.clear();
		try {
			growth();
		}
		catch (Exception ex) {
			// the run's results above are worth more than these lines
			line("| Growth with N could not be measured | %s |", ex.toString().replace('|', '/'));
		}

		Path out = Path.of("target", "benchmark-results.md");
		Files.writeString(out, "Run " + Instant.now() + "\n\n" + report);
		System.out.println("\n=== Search benchmark ===\n" + report);
	}

	/**
	 * Bulk-loads prebuilt documents into a fresh index from the same definition, with the
	 * reindexer's page size and requests in flight and refresh off; returns the seconds.
	 */
	/** One request at a time of each query: single requests, medians. */
	static final int BREAKDOWN_REPEATS = 21;

	/**
	 * Where the API's time goes beyond Elasticsearch's, query by query: the API's request
	 * straight to the node, the search service in the application (which builds the
	 * request, reads the hits, makes the snippets and checks a did-you-mean), and the API
	 * over HTTP; and the time the Java-side snippet marking of typo matches
	 * ({@link Snippets#highlightSimilar}) takes on that query's hits.
	 */
	private String breakdown(List<String> texts, List<SearchQuery> queries, List<SearchRequest> requests,
			List<URI> uris, HttpClient http) throws Exception {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < queries.size(); i++) {
			long[] raw = new long[BREAKDOWN_REPEATS];
			long[] service = new long[BREAKDOWN_REPEATS];
			long[] api = new long[BREAKDOWN_REPEATS];
			long[] marking = new long[BREAKDOWN_REPEATS];
			SearchResults results = null;
			for (int r = 0; r < BREAKDOWN_REPEATS; r++) {
				long start = System.nanoTime();
				@SuppressWarnings("rawtypes")
				var response = index.client().search(requests.get(i), Map.class);
				raw[r] = System.nanoTime() - start;
				start = System.nanoTime();
				results = search.searchWithoutFacets(queries.get(i));
				service[r] = System.nanoTime() - start;
				start = System.nanoTime();
				http.send(HttpRequest.newBuilder(uris.get(i)).GET().build(), HttpResponse.BodyHandlers.discarding());
				api[r] = System.nanoTime() - start;
				start = System.nanoTime();
				for (var hit : response.hits().hits()) {
					Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
					Snippets.highlightSimilar(SearchDocuments.text(source, SearchDocuments.INTENDED_PURPOSE),
							texts.get(i), Snippets.LENGTH);
				}
				marking[r] = System.nanoTime() - start;
			}
			double rawMs = median(raw);
			double serviceMs = median(service);
			double apiMs = median(api);
			out.append("%s: %.1f / %.1f (+%.1f) / %.1f (+%.1f) ms, %s, marking %.2f ms; ".formatted(
					texts.get(i).isEmpty() ? "(blank)" : texts.get(i), rawMs, serviceMs, serviceMs - rawMs, apiMs,
					apiMs - serviceMs,
					results != null && results.didYouMean().isPresent() ? "→ " + results.didYouMean().get() : "none",
					median(marking)));
		}
		return out.toString();
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	/** Entries one bulk publication writes (one transaction). */
	static final int BULK_PAGE = 1_000;

	/**
	 * Pages published at once in bulk ({@code -Dbench.bulkThreads}): one page's checks
	 * and codec run while another's rows are written and indexed (DD089).
	 */
	final int bulkThreads = Integer.getInteger("bench.bulkThreads", 2);

	/**
	 * Generates the missing entries through {@link BulkEntryPublisher}: the publication's
	 * checks, codec, SHA-256, audit trail, outbox and indexing, in pages of
	 * {@link #BULK_PAGE} per transaction, one provider per page, {@link #bulkThreads}
	 * pages at once. The contents are generated in order, so they are the same whatever
	 * the number of threads.
	 */
	private void generateInBulk(EntryGenerator generator, List<TestUser> providers, int existing) throws Exception {
		AtomicInteger published = new AtomicInteger(existing);
		java.util.ArrayDeque<Future<?>> pending = new java.util.ArrayDeque<>();
		try (ExecutorService publishers = Executors.newFixedThreadPool(bulkThreads)) {
			int page = 0;
			for (int from = existing; from < entries; from += BULK_PAGE) {
				List<EntryData> contents = new ArrayList<>();
				for (int i = from; i < Math.min(entries, from + BULK_PAGE); i++) {
					contents.add(generator.next(i));
				}
				TestUser provider = providers.get(page++ % providers.size());
				pending.add(publishers.submit(() -> {
					testData.as(provider, () -> bulk.publish(contents));
					int total = published.addAndGet(contents.size());
					if ((total / BULK_PAGE) % 10 == 0) {
						System.out.printf("bench: %,d entries published in bulk, %s%n", total, Instant.now());
					}
				}));
				// a few pages ahead at most; a failed page stops the generation
				while (pending.size() > bulkThreads * 2) {
					pending.poll().get();
				}
			}
			while (!pending.isEmpty()) {
				pending.poll().get();
			}
		}
	}

	/**
	 * The index's document count, or 0 while the node is too busy to answer a count
	 * within the client's bound: right after a bulk generation the node is still indexing
	 * the outbox's backlog, and on a loaded machine a count timed out and failed the run
	 * after the data was written (2026-12-05, 100 000 entries, load average 6).
	 */
	private long indexedCountOrZero() {
		try {
			return search.indexedCount();
		}
		catch (SearchUnavailableException ex) {
			System.out.println("bench: index count not answered yet (" + ex.getMessage() + "), waiting");
			return 0;
		}
	}

	/** Generates the missing entries one by one through the services, 8 threads. */
	private void generateThroughServices(EntryGenerator generator, List<TestUser> providers, int existing)
			throws Exception {
		AtomicInteger next = new AtomicInteger(existing);
		try (ExecutorService publishers = Executors.newFixedThreadPool(PUBLISHERS)) {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < PUBLISHERS; t++) {
				done.add(publishers.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < entries) {
						testData.publish(providers.get(i % providers.size()), generator.next(i));
						if (i % 5_000 == 0) {
							System.out.printf("bench: %,d entries published%n", i);
						}
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
	}

	/** How long the last raw bulk's final refresh took. */
	long lastRawRefreshMillis;

	/**
	 * Waits (at most two minutes) until the node merges no segments, and says how long it
	 * waited.
	 */
	private double awaitQuietNode() throws Exception {
		long started = System.nanoTime();
		while (seconds(started) < 120) {
			long merging = 0;
			for (var node : index.client()
				.nodes()
				.stats(s -> s.metric("indices").indexMetric("merge"))
				.nodes()
				.values()) {
				if (node.indices() != null && node.indices().merges() != null) {
					merging += node.indices().merges().current();
				}
			}
			if (merging == 0) {
				break;
			}
			Thread.sleep(200);
		}
		return seconds(started);
	}

	/**
	 * The application's scheduled jobs run at fixed times after its start, and two of
	 * them read a whole register: the audit chain's verification (daily, 2 minutes after
	 * the start) and the review reminders (every 6 hours, 5 minutes after the start). At
	 * a million entries each took seconds of this JVM's and PostgreSQL's CPU in whichever
	 * side of the load comparison it fell into (run A, 2026-12-06: the reminders in round
	 * 1's reindex). So the bench stops every scheduled job before it measures, and
	 * measures those two once instead, alone.
	 */
	private void backgroundJobsOnceThenStopped() throws Exception {
		List<String> stopped = new ArrayList<>();
		for (var holder : scheduledTasks) {
			for (var task : holder.getScheduledTasks()) {
				// named by its method (the scheduler wraps the method's runnable, whose
				// name it keeps); the outbox's retry of failed indexing stays: the
				// measurements of publish → searchable rely on the outbox, and its query
				// reads only the unfinished events
				String job = task.toString();
				if (!job.startsWith(OUTBOX_RETRY + ".")) {
					task.cancel(false);
					stopped.add(job.substring(job.lastIndexOf('.', job.lastIndexOf('.') - 1) + 1));
				}
			}
		}
		line("| The application's scheduled jobs, stopped before the measurements | %s |",
				String.join(", ", stopped.stream().sorted().toList()));
		Cpu before = cpu();
		long started = System.nanoTime();
		int reminders = freshness.remindDue();
		line("| Review reminders (every 6 hours), once, alone: seconds / CPU seconds (node / this JVM (GC) / PostgreSQL) / mails | %.2f s / %s / %d |",
				seconds(started), cpu().minus(before), reminders);
		before = cpu();
		started = System.nanoTime();
		var reading = new org.springframework.transaction.support.TransactionTemplate(transactions);
		reading.setReadOnly(true);
		var chain = reading.execute(status -> audit.verify());
		line("| Audit chain verification (daily), once, alone: seconds / CPU seconds (node / this JVM (GC) / PostgreSQL) / rows verified, intact | %.1f s / %s / %,d, %s |",
				seconds(started), cpu().minus(before), chain.verified(), chain.intact() ? "yes" : "NO");
	}

	private double rawBulk(List<byte[]> documents, List<String> ids, List<Long> versions, int round, CorpusWords corpus)
			throws Exception {
		String rawIndex = index.names().readAlias() + "-bench-raw-" + round;
		index.create(rawIndex, false, corpus);
		index.client()
			.indices()
			.putSettings(p -> p.index(rawIndex).settings(s -> s.refreshInterval(t -> t.time("-1"))));
		long started = System.nanoTime();
		try (ExecutorService senders = Executors.newFixedThreadPool(reindexer.concurrency())) {
			List<Future<?>> sent = new ArrayList<>();
			for (int from = 0; from < documents.size(); from += 500) {
				int end = Math.min(documents.size(), from + 500);
				List<BulkOperation> operations = new ArrayList<>();
				for (int i = from; i < end; i++) {
					BinaryData source = BinaryData.of(documents.get(i), ContentType.APPLICATION_JSON);
					String id = ids.get(i);
					long version = versions.get(i);
					operations.add(BulkOperation.of(o -> o
						.index(x -> x.id(id).versionType(VersionType.External).version(version).document(source))));
				}
				sent.add(senders.submit(() -> index.client().bulk(b -> b.index(rawIndex).operations(operations))));
			}
			for (Future<?> f : sent) {
				f.get();
			}
		}
		long refreshing = System.nanoTime();
		index.client().indices().refresh(r -> r.index(rawIndex));
		lastRawRefreshMillis = (System.nanoTime() - refreshing) / 1_000_000;
		double seconds = seconds(started);
		index.client().indices().delete(d -> d.index(rawIndex));
		return seconds;
	}

	private URI apiUri(SearchQuery query) {
		StringBuilder url = new StringBuilder("http://127.0.0.1:" + port + "/api/v1/search?size=20");
		SearchParameters.write(query)
			.forEach((name,
					values) -> values.forEach(v -> url.append('&')
						.append(name)
						.append('=')
						.append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
		return URI.create(url.toString());
	}

	interface Call {

		void run(int i) throws Exception;

	}

	record Load(Histogram histogram, long requests, long errors, double seconds) {

		double throughput() {
			return requests / seconds;
		}

		static Load combine(List<Load> rounds) {
			Histogram all = new Histogram(60_000_000L, 3);
			rounds.forEach(round -> all.add(round.histogram()));
			return new Load(all, rounds.stream().mapToLong(Load::requests).sum(),
					rounds.stream().mapToLong(Load::errors).sum(), rounds.stream().mapToDouble(Load::seconds).sum());
		}

		String percentiles() {
			return "%.1f / %.1f / %.1f ms".formatted(histogram.getValueAtPercentile(50) / 1000.0,
					histogram.getValueAtPercentile(95) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0);
		}

	}

	/** 16 clients call as fast as they can: warm-up, then a measured period. */
	private Load load(Call call, Duration warmup, Duration measure) throws Exception {
		// one call first, so a broken setup fails loudly instead of measuring nothing
		call.run(0);
		AtomicReference<String> firstError = new AtomicReference<>("");
		ConcurrentHistogram histogram = new ConcurrentHistogram(60_000_000L, 3);
		histogram.recordValue(1);
		histogram.reset();
		AtomicBoolean recording = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong requests = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				clients.submit(() -> {
					int i = client;
					while (!stop.get()) {
						long start = System.nanoTime();
						try {
							call.run(i++);
							if (recording.get()) {
								histogram.recordValue((System.nanoTime() - start) / 1000);
								requests.incrementAndGet();
							}
						}
						catch (Throwable ex) {
							firstError.compareAndSet("", ex.toString());
							if (recording.get()) {
								errors.incrementAndGet();
							}
						}
					}
				});
			}
			Thread.sleep(warmup.toMillis());
			recording.set(true);
			long started = System.nanoTime();
			Thread.sleep(measure.toMillis());
			recording.set(false);
			double seconds = seconds(started);
			stop.set(true);
			if (!firstError.get().isEmpty()) {
				line("| First error of a load run | %s |", firstError.get().replace('|', '/'));
			}
			return new Load(histogram, requests.get(), errors.get(), seconds);
		}
	}

	/**
	 * How the index, the Elasticsearch node, the application and the database grow with N
	 * (issue 20), one line each: the search index's entries (count API), its Lucene
	 * documents and primary store size (index stats, after a refresh); the node's heap
	 * used (nodes stats {@code jvm.mem}) and its process's resident memory (nodes stats
	 * {@code process.mem} where the platform reports it, else {@code VmRSS} of the node's
	 * process id from nodes info, which only works on the same machine); the heap this
	 * JVM (the application and the bench's clients) uses after a full GC, with the
	 * bench's prebuilt documents released; and {@code pg_database_size}.
	 */
	private void growth() throws Exception {
		var client = index.client();
		String alias = index.names().readAlias();
		client.indices().refresh(r -> r.index(alias));
		long entriesInIndex = search.indexedCount();
		var stats = client.indices().stats(s -> s.index(alias).metric("docs", "store"));
		long luceneDocs = 0;
		long storeBytes = 0;
		for (var indexStats : stats.indices().values()) {
			luceneDocs += indexStats.primaries().docs().count();
			storeBytes += indexStats.primaries().store().sizeInBytes();
		}
		line("| Index: entries (count) / Lucene documents (primaries, nested included) / primary store size / per entry | %,d / %,d / %.1f MiB / %,d bytes |",
				entriesInIndex, luceneDocs, storeBytes / MIB, entriesInIndex == 0 ? 0 : storeBytes / entriesInIndex);

		var nodes = client.nodes().stats(s -> s.metric("jvm", "process")).nodes();
		var processes = client.nodes().info(i -> i.metric("process")).nodes();
		for (var node : nodes.entrySet()) {
			var jvm = node.getValue().jvm();
			Long heapUsed = jvm == null || jvm.mem() == null ? null : jvm.mem().heapUsedInBytes();
			Long heapMax = jvm == null || jvm.mem() == null ? null : jvm.mem().heapMaxInBytes();
			var process = node.getValue().process();
			Long resident = process == null || process.mem() == null ? null : process.mem().residentInBytes();
			String residentSource = "nodes stats process.mem";
			if (resident == null && processes.get(node.getKey()) != null
					&& processes.get(node.getKey()).process() != null) {
				resident = residentBytes(processes.get(node.getKey()).process().id());
				residentSource = "VmRSS of pid " + processes.get(node.getKey()).process().id();
			}
			line("| Elasticsearch node %s: heap used / max (nodes stats jvm.mem) / process resident memory (%s) | %s / %s / %s |",
					node.getValue().name(), residentSource, mebibytes(heapUsed), mebibytes(heapMax),
					mebibytes(resident));
		}

		System.gc();
		java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
		line("| Application JVM (with the bench's clients, in the same JVM): heap used after a full GC / max | %s / %s |",
				mebibytes(memory.getHeapMemoryUsage().getUsed()), mebibytes(memory.getHeapMemoryUsage().getMax()));

		try (var connection = dataSource.getConnection();
				var statement = connection.createStatement();
				var result = statement.executeQuery("select pg_database_size(current_database())")) {
			result.next();
			long bytes = result.getLong(1);
			long n = registry.countPublished();
			line("| PostgreSQL: pg_database_size / per entry | %.1f MiB / %,d bytes |", bytes / MIB,
					n == 0 ? 0 : bytes / n);
		}
	}

	private static final double MIB = 1024.0 * 1024.0;

	private static String mebibytes(@org.jspecify.annotations.Nullable Long bytes) {
		return bytes == null ? "not reported" : "%.0f MiB".formatted(bytes / MIB);
	}

	/** The resident set of a process on this machine ({@code /proc}), or null. */
	private static @org.jspecify.annotations.Nullable Long residentBytes(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (java.io.IOException | RuntimeException ex) {
			// another machine, or not Linux
		}
		return null;
	}

	/**
	 * One raw side of a round: how long it waited for a quiet node (not measured), its
	 * seconds and the CPU it used.
	 */
	record RawSide(double quietBefore, double seconds, Cpu cpu, NodeWork work) {
	}

	private RawSide rawSide(List<byte[]> documents, List<String> ids, List<Long> versions, int round,
			CorpusWords corpus) throws Exception {
		double quiet = awaitQuietNode();
		NodeWork work = nodeWork();
		Cpu before = cpu();
		double seconds = rawBulk(documents, ids, versions, round, corpus);
		Cpu used = cpu().minus(before);
		return new RawSide(quiet, seconds, used, nodeWork().minus(work));
	}

	/**
	 * What the node reports it spent so far (nodes stats; a deleted index's shards stay
	 * counted): seconds of indexing, merging, refreshing and flushing summed over its
	 * threads, and its collectors' time. Where a side's node CPU went: the same documents
	 * cost the node 28 to 44 s of CPU per side at 100 000 (benchmarks.md, session 17).
	 */
	record NodeWork(double indexing, double merging, double refreshing, double flushing, double gc) {

		NodeWork minus(NodeWork earlier) {
			return new NodeWork(indexing - earlier.indexing, merging - earlier.merging, refreshing - earlier.refreshing,
					flushing - earlier.flushing, gc - earlier.gc);
		}

		@Override
		public String toString() {
			return "%.0f, %.0f, %.0f, %.0f; %.1f".formatted(indexing, merging, refreshing, flushing, gc);
		}

	}

	private NodeWork nodeWork() throws java.io.IOException {
		double indexing = 0;
		double merging = 0;
		double refreshing = 0;
		double flushing = 0;
		double gc = 0;
		for (var node : index.client().nodes().stats(s -> s.metric("jvm", "indices")).nodes().values()) {
			var indices = node.indices();
			if (indices != null) {
				indexing += millis(indices.indexing() == null ? null : indices.indexing().indexTimeInMillis());
				merging += millis(indices.merges() == null ? null : indices.merges().totalTimeInMillis());
				refreshing += millis(indices.refresh() == null ? null : indices.refresh().totalTimeInMillis());
				flushing += millis(indices.flush() == null ? null : indices.flush().totalTimeInMillis());
			}
			if (node.jvm() != null && node.jvm().gc() != null) {
				for (var collector : node.jvm().gc().collectors().values()) {
					gc += millis(collector.collectionTimeInMillis());
				}
			}
		}
		return new NodeWork(indexing, merging, refreshing, flushing, gc);
	}

	private static double millis(@org.jspecify.annotations.Nullable Long millis) {
		return millis == null ? 0 : millis / 1000.0;
	}

	/**
	 * CPU time used so far: by the Elasticsearch node (nodes stats
	 * {@code process.cpu.total}), by this JVM (the application and the bench's clients)
	 * with its collectors' pause time, and by PostgreSQL's processes ({@code /proc}, this
	 * machine only; negative where unknown).
	 */
	record Cpu(double node, double jvm, double gc, double postgres) {

		Cpu minus(Cpu earlier) {
			double used = postgres - earlier.postgres;
			return new Cpu(node - earlier.node, jvm - earlier.jvm, gc - earlier.gc,
					postgres < 0 || earlier.postgres < 0 || used < 0 ? -1 : used);
		}

		@Override
		public String toString() {
			// negative after minus: a PostgreSQL process ended meanwhile and took its
			// times along
			return "%.0f / %.0f (%.1f) / %s".formatted(node, jvm, gc,
					postgres < 0 ? "not measured (a PostgreSQL process ended meanwhile)" : "%.0f".formatted(postgres));
		}

	}

	private Cpu cpu() throws java.io.IOException {
		double node = 0;
		for (var stats : index.client().nodes().stats(s -> s.metric("process")).nodes().values()) {
			if (stats.process() != null && stats.process().cpu() != null
					&& stats.process().cpu().totalInMillis() != null) {
				node += stats.process().cpu().totalInMillis() / 1000.0;
			}
		}
		double jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
		double gc = 0;
		for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
			gc += Math.max(0, collector.getCollectionTime()) / 1000.0;
		}
		return new Cpu(node, jvm, gc, postgresCpuSeconds());
	}

	/**
	 * CPU seconds of every {@code postgres} process on this machine, or -1 without /proc.
	 */
	private static double postgresCpuSeconds() {
		java.io.File[] processes = new java.io.File("/proc").listFiles();
		if (processes == null) {
			return -1;
		}
		long ticks = 0;
		for (java.io.File process : processes) {
			try {
				String stat = Files.readString(process.toPath().resolve("stat"));
				if (stat.contains("(postgres)")) {
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					// utime and stime, in clock ticks (100 per second on Linux)
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
			}
			catch (java.io.IOException | RuntimeException ex) {
				// not a process, or gone meanwhile
			}
		}
		return ticks / 100.0;
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	/**
	 * Adds a line to the report and prints it at once: a run of a million entries takes
	 * half an hour, and a run stopped or failed before its end still shows what it
	 * measured.
	 */
	private void line(String format, Object... args) {
		String line = format.formatted(args);
		report.append(line).append('\n');
		System.out.println("bench: " + line);
	}

}
