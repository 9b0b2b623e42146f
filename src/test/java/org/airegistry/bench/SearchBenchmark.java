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

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.SearchParameters;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchService;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.search.index.SearchDocuments;
import org.airegistry.search.query.ElasticsearchSearchService;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

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
 * and publish-to-searchable delay. Writes {@code target/benchmark-results.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:registry-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=",
		"airegistry.opendata.rate-limit.requests-per-minute=0", "airegistry.search.embedded.heap=1g" })
@ContextConfiguration(initializers = TestMailServer.class)
@ActiveProfiles("test")
@Import(TestData.class)
class SearchBenchmark {

	static final int CLIENTS = 16;

	final int entries = Integer.getInteger("bench.entries", 10_000);

	final Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

	final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));

	@Autowired
	TestData testData;

	@Autowired
	SearchService search;

	@Autowired
	RegistryQueries registry;

	@Autowired
	RegistryEntriesIndex index;

	@Autowired
	RegistryEntriesReindexer reindexer;

	@LocalServerPort
	int port;

	final StringBuilder report = new StringBuilder();

	@Test
	void run() throws Exception {
		EntryGenerator generator = new EntryGenerator(42);
		line("| Measure | Value |");
		line("|---|---|");
		line("| Entries (N) | %,d |", entries);

		// 1. generate through the services (4 publishing threads)
		List<TestUser> providers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			providers.add(testData.user(Role.PROVIDER, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE));
		}
		long started = System.nanoTime();
		AtomicInteger next = new AtomicInteger();
		try (ExecutorService publishers = Executors.newFixedThreadPool(4)) {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				done.add(publishers.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < entries) {
						testData.publish(providers.get(i % providers.size()), generator.next(i));
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		double generateSeconds = seconds(started);
		line("| Generation through RegistryService (4 threads) | %.1f s (%.0f entries/s) |", generateSeconds,
				entries / generateSeconds);
		started = System.nanoTime();
		while (search.indexedCount() < entries) {
			Thread.sleep(250);
		}
		line("| Outbox indexing caught up after generation | %.1f s |", seconds(started));

		// 2. search: public API over HTTP vs the same requests straight to Elasticsearch
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
		Load api = load(i -> {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uris.get(i % uris.size())).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("API answered " + response.statusCode());
			}
		});
		List<SearchRequest> requests = queries.stream()
			.map(q -> ElasticsearchSearchService.request(q, index.names().readAlias()))
			.toList();
		Load raw = load(i -> index.client().search(requests.get(i % requests.size()), Map.class));
		line("| Search API p50 / p95 / p99 (16 clients) | %s |", api.percentiles());
		line("| Search API throughput | %.0f requests/s (%d errors) |", api.throughput(), api.errors);
		line("| Same requests straight to Elasticsearch p50 / p95 / p99 | %s |", raw.percentiles());
		line("| Elasticsearch throughput | %.0f requests/s (%d errors) |", raw.throughput(), raw.errors);
		line("| API p95 / raw p95 (target ≤ 1.3) | %.2f |",
				api.histogram.getValueAtPercentile(95) / (double) raw.histogram.getValueAtPercentile(95));

		// 3. reindex vs raw bulk of the same documents
		RegistryEntriesReindexer.Result reindex = reindexer.reindexAll();
		List<Map<String, Object>> documents = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		registry.forEachLatest(500, batch -> batch.forEach(entry -> {
			documents.add(SearchDocuments.toSource(entry));
			ids.add(SearchDocuments.id(entry));
		}));
		String rawIndex = index.names().readAlias() + "-bench-raw";
		index.create(rawIndex, false);
		index.client()
			.indices()
			.putSettings(p -> p.index(rawIndex).settings(s -> s.refreshInterval(t -> t.time("-1"))));
		started = System.nanoTime();
		for (int from = 0; from < documents.size(); from += 500) {
			int start = from;
			int end = Math.min(documents.size(), from + 500);
			List<BulkOperation> operations = new ArrayList<>();
			for (int i = start; i < end; i++) {
				Map<String, Object> source = documents.get(i);
				String id = ids.get(i);
				operations.add(BulkOperation.of(o -> o.index(x -> x.id(id).document(source))));
			}
			index.client().bulk(b -> b.index(rawIndex).operations(operations));
		}
		index.client().indices().refresh(r -> r.index(rawIndex));
		double rawSeconds = seconds(started);
		double rawRate = documents.size() / rawSeconds;
		line("| Full reindex (DB stream → new index → alias swap) | %,d docs in %.1f s = %.0f docs/s |",
				reindex.documents(), reindex.millis() / 1000.0, reindex.documentsPerSecond());
		line("| Raw bulk of the same documents (prebuilt in memory) | %,d docs in %.1f s = %.0f docs/s |",
				documents.size(), rawSeconds, rawRate);
		line("| Reindex / raw bulk (target ≥ 0.70) | %.2f |", reindex.documentsPerSecond() / rawRate);
		index.client().indices().delete(d -> d.index(rawIndex));

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

		Path out = Path.of("target", "benchmark-results.md");
		Files.writeString(out, "Run " + Instant.now() + "\n\n" + report);
		System.out.println("\n=== Search benchmark ===\n" + report);
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

		String percentiles() {
			return "%.1f / %.1f / %.1f ms".formatted(histogram.getValueAtPercentile(50) / 1000.0,
					histogram.getValueAtPercentile(95) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0);
		}

	}

	/** 16 clients call as fast as they can: warm-up, then a measured period. */
	private Load load(Call call) throws Exception {
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

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private void line(String format, Object... args) {
		report.append(format.formatted(args)).append('\n');
	}

}
