package org.airegistry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import org.airegistry.registry.PublicEntry;
import org.airegistry.search.ReindexProgress.Phase;
import org.airegistry.search.embedded.EmbeddedElasticsearch;
import org.airegistry.search.embedded.EmbeddedElasticsearchSettings;
import org.airegistry.search.index.CorpusWords;
import org.airegistry.search.index.DeploymentFacts;
import org.airegistry.search.index.IndexNames;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.airegistry.search.query.ElasticsearchSearchService;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Zero-downtime full reindex on the real node. */
class ReindexIT {

	static final String PREFIX = "reindex-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	static EmbeddedElasticsearch node;

	static ElasticsearchClient client;

	@BeforeAll
	static void startNode() {
		node = EmbeddedElasticsearch.shared(EmbeddedElasticsearchSettings.forTests());
		node.awaitReady();
		client = TestElasticsearchClients.client(node.httpUri());
	}

	@AfterAll
	static void removeIndices() throws IOException {
		for (String name : client.indices().get(g -> g.index(PREFIX + "*")).indices().keySet()) {
			client.indices().delete(d -> d.index(name));
		}
		client.close();
	}

	static IndexNames names() {
		return IndexNames.withPrefix(PREFIX + UUID.randomUUID().toString().substring(0, 6) + "-");
	}

	@Test
	@DisplayName("During a reindex every search answers from the index with all entries; afterwards both aliases point at the new index and the old one is kept")
	void searchKeepsAnsweringDuringReindex() throws Exception {
		InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
		IndexNames names = names();
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, names);
		RegistryEntriesReindexer reindexer = new RegistryEntriesReindexer(index, registry, Clock.systemUTC());
		ElasticsearchSearchService search = new ElasticsearchSearchService(index, reindexer, registry);
		int entries = 1_200;
		List<PublicEntry> all = new ArrayList<>();
		for (int i = 0; i < entries; i++) {
			all.add(registry.publish("System " + i, "Purpose number " + i, "Provider " + (i % 7),
					Set.of(MemberState.values()[i % 27]), Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i)));
		}
		index.ensureExists();
		RegistryEntryIndexer.bulkIndex(client, names.writeAlias(), all);
		client.indices().refresh(r -> r.index(names.readAlias()));
		String before = index.indicesOf(names.readAlias()).getFirst();

		AtomicBoolean done = new AtomicBoolean();
		List<String> problems = new CopyOnWriteArrayList<>();
		AtomicInteger searches = new AtomicInteger();
		Thread searcher = Thread.ofPlatform().start(() -> {
			while (!done.get()) {
				SearchResults results = search.search(SearchQuery.of(""));
				searches.incrementAndGet();
				if (results.mode() != SearchMode.FULL || results.total() != entries) {
					problems.add(results.mode() + " " + results.total());
				}
			}
		});
		List<ReindexProgress> progress = new CopyOnWriteArrayList<>();
		RegistryEntriesReindexer.Result result;
		try {
			result = reindexer.reindexAll(progress::add);
		}
		finally {
			done.set(true);
			searcher.join();
		}

		assertThat(problems).isEmpty();
		assertThat(searches.get()).isPositive();
		assertThat(result.documents()).isEqualTo(entries);
		assertThat(index.indicesOf(names.readAlias())).containsExactly(result.index());
		assertThat(index.indicesOf(names.writeAlias())).containsExactly(result.index());
		assertThat(result.previousIndices()).containsExactly(before);
		assertThat(client.indices().exists(e -> e.index(before)).value()).as("previous index kept").isTrue();
		assertThat(progress).extracting(ReindexProgress::phase)
			.contains(Phase.CREATING_INDEX, Phase.LOADING, Phase.SWITCHING_ALIASES, Phase.DONE);
		assertThat(progress.getLast().fraction()).isEqualTo(1.0);
		// DD098: the entries are counted while the first pages load; until then the
		// total says so, and a known total is never below what was written
		assertThat(progress.getFirst().counted()).as("counted while the index is created").isFalse();
		assertThat(progress).filteredOn(step -> step.phase() == Phase.LOADING)
			.allSatisfy(step -> assertThat(step.counted() ? step.total() : Long.MAX_VALUE)
				.isGreaterThanOrEqualTo(step.indexed()))
			.allSatisfy(step -> assertThat(step.fraction()).isBetween(0.0, 1.0));
		assertThat(progress.getLast().total()).as("counted by the end").isEqualTo(entries);
	}

	@Test
	@DisplayName("Issue 21: each reindex keeps only the configured number of indices (keep N), deleting the oldest "
			+ "first and never the one the aliases point at")
	void oldIndicesArePruned() throws Exception {
		InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
		registry.publish("Pruned", "In every index", "Provider", Set.of(MemberState.PL),
				Instant.parse("2025-01-01T00:00:00Z"));
		IndexNames names = names();
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, names);
		index.ensureExists();
		String initial = index.indicesOf(names.readAlias()).getFirst();
		List<RegistryEntriesReindexer.Result> runs = new ArrayList<>();
		for (int run = 1; run <= 3; run++) {
			Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z").plusSeconds(run * 60L),
					java.time.ZoneOffset.UTC);
			runs.add(new RegistryEntriesReindexer(index, registry, clock, DeploymentFacts.Source.NONE, 1, 2)
				.reindexAll(progress -> {
				}));
		}

		assertThat(runs.get(0).deletedIndices()).as("two indices: nothing to delete").isEmpty();
		assertThat(runs.get(1).deletedIndices()).as("the oldest goes first").containsExactly(initial);
		assertThat(runs.get(2).deletedIndices()).containsExactly(runs.get(0).index());
		assertThat(index.allIndices()).containsExactly(runs.get(1).index(), runs.get(2).index());
		assertThat(index.indicesOf(names.readAlias())).containsExactly(runs.get(2).index());
		assertThat(index.indicesOf(names.writeAlias())).containsExactly(runs.get(2).index());
	}

	@Test
	@DisplayName("An index made from an older definition is detected as outdated and a reindex moves to the current one")
	void olderDefinitionIsReindexed() throws Exception {
		InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
		IndexNames names = names();
		// what a v2 installation left: a v2 index behind both aliases
		String old = names.readAlias() + "-v2-000001";
		client.indices()
			.create(c -> c.index(old)
				.aliases(names.readAlias(), a -> a)
				.aliases(names.writeAlias(), a -> a.isWriteIndex(true)));
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, names);
		registry.publish("Legacy System", "Indexed before v3", "Old Provider", Set.of(MemberState.IT),
				Instant.parse("2025-02-01T00:00:00Z"));

		assertThat(index.isOutdated()).isTrue();
		new RegistryEntriesReindexer(index, registry, Clock.systemUTC()).reindexAll();

		assertThat(index.isOutdated()).isFalse();
		assertThat(index.indicesOf(names.readAlias())).singleElement().asString().startsWith(names.concretePrefix());
		assertThat(index.allIndices()).contains(old);
		assertThat(index.count()).isEqualTo(1);
	}

	@Test
	@DisplayName("Art 74 market surveillance: with several bulk requests in flight every shown entry arrives once, "
			+ "suspended ones (left out by the registry's public reads) never, and deployment facts come from one "
			+ "lookup per page")
	void concurrentLoadWithPageLookups() throws Exception {
		InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
		IndexNames names = names();
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, names);
		List<PublicEntry> all = new ArrayList<>();
		for (int i = 0; i < 2_100; i++) {
			all.add(registry.publish("Paged " + i, "Purpose " + i, "Provider " + (i % 5), Set.of(MemberState.FI),
					Instant.parse("2025-03-01T00:00:00Z").plusSeconds(i)));
		}
		registry.suspend(all.get(7).registrationNumber());
		registry.suspend(all.get(1_500).registrationNumber());
		AtomicInteger factLookups = new AtomicInteger();
		DeploymentFacts.Source facts = perPage(entries -> {
			factLookups.incrementAndGet();
			return Map.of(all.get(0).registrationNumber(), new DeploymentFacts(List.of("City"), true));
		});

		RegistryEntriesReindexer.Result result = new RegistryEntriesReindexer(index, registry, Clock.systemUTC(), facts,
				3)
			.reindexAll();

		assertThat(result.documents()).isEqualTo(2_100 - 2);
		assertThat(index.count()).isEqualTo(2_100 - 2);
		// 5 pages of 500 (no catch-up: nothing was published during the run)
		assertThat(factLookups.get()).isEqualTo(5);
		ElasticsearchSearchService search = new ElasticsearchSearchService(index,
				new RegistryEntriesReindexer(index, registry, Clock.systemUTC()), registry);
		assertThat(search.search(SearchQuery.of("Paged 7")).hits()).extracting(SearchHit::tradeName)
			.doesNotContain("Paged 7");
		assertThat(search.search(SearchQuery.of("Paged 0")).hits()).extracting(SearchHit::tradeName)
			.contains("Paged 0");
	}

	/** Publishes numbered entries of one provider, a second apart. */
	static void publishMany(InMemoryRegistryQueries registry, int count, String name, MemberState state, String from) {
		for (int i = 0; i < count; i++) {
			registry.publish(name + " " + i, "Purpose " + i, "Provider", Set.of(state),
					Instant.parse(from).plusSeconds(i));
		}
	}

	/** Deployment facts looked up once per page, never per entry. */
	static DeploymentFacts.Source perPage(
			java.util.function.Function<java.util.Collection<String>, Map<String, DeploymentFacts>> lookup) {
		return new DeploymentFacts.Source() {
			@Override
			public DeploymentFacts of(String registrationNumber) {
				throw new AssertionError("asked per entry");
			}

			@Override
			public Map<String, DeploymentFacts> ofAll(java.util.Collection<String> registrationNumbers) {
				return lookup.apply(registrationNumbers);
			}
		};
	}

	@Test
	@DisplayName("A registry of many pages is read in one pass, in pages of the batch size: every entry arrives once (DD094)")
	void manyPagesInOnePass() throws Exception {
		InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
		IndexNames names = names();
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, names);
		int entries = 2 * RegistryEntriesReindexer.BATCH_SIZE + 300;
		for (int i = 0; i < entries; i++) {
			registry.publish("Paged " + i, "Purpose " + i, "Provider " + (i % 3), Set.of(MemberState.LV),
					Instant.parse("2025-05-01T00:00:00Z").plusSeconds(i));
		}
		List<Integer> reads = new CopyOnWriteArrayList<>();
		RegistryQueriesSpy spy = new RegistryQueriesSpy(registry, reads);

		RegistryEntriesReindexer.Result result = new RegistryEntriesReindexer(index, spy, Clock.systemUTC())
			.reindexAll();

		assertThat(reads).containsExactly(RegistryEntriesReindexer.BATCH_SIZE);
		assertThat(result.documents()).isEqualTo(entries);
		assertThat(index.count()).isEqualTo(entries);
		assertThat(result.phases().loading()).isNotNegative();
	}

	@Test
	@DisplayName("The new index is created from the kept corpus words before any entry is read, and pages go to the node "
			+ "while later ones are still being read (DD039)")
	void readsWhileLoading() throws Exception {
		InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
		IndexNames names = names();
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, names);
		publishMany(registry, 2_100, "Overlap", MemberState.AT, "2025-06-01T00:00:00Z");
		List<String> events = new CopyOnWriteArrayList<>();
		CorpusWords kept = new CorpusWords();
		kept.add("de", "schichtplanungsrahmen", 3);
		CorpusWords.Source words = () -> {
			events.add("words");
			return kept;
		};
		DeploymentFacts.Source reads = perPage(entries -> {
			events.add("read");
			return Map.of();
		});

		RegistryEntriesReindexer.Result result = new RegistryEntriesReindexer(index, registry, Clock.systemUTC(), reads,
				2, 2, words)
			.reindexAll(progress -> {
				if (progress.phase() == Phase.LOADING) {
					events.add("loaded");
				}
			});

		assertThat(events.getFirst()).as("the corpus words come before any read").isEqualTo("words");
		assertThat(events.indexOf("loaded")).as("a page was loaded before the last page was read")
			.isLessThan(events.lastIndexOf("read"));
		assertThat(result.documents()).isEqualTo(2_100);
		assertThat(index.count()).isEqualTo(2_100);
		String settings = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(node.httpUri().resolve("/" + result.index() + "/_settings")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(settings).as("the kept words are in the new index's definition").contains("schichtplanungsrahmen");
	}

	/** The in-memory registry, noting which slices were read. */
	/** Records the batch size of each digest read. */
	static final class RegistryQueriesSpy extends InMemoryRegistryQueries {

		private final InMemoryRegistryQueries registry;

		private final List<Integer> reads;

		RegistryQueriesSpy(InMemoryRegistryQueries registry, List<Integer> reads) {
			this.registry = registry;
			this.reads = reads;
		}

		@Override
		public long countPublished() {
			return registry.countPublished();
		}

		@Override
		public void forEachLatest(int batchSize, java.util.function.Consumer<List<PublicEntry>> batchConsumer) {
			registry.forEachLatest(batchSize, batchConsumer);
		}

		@Override
		public void forEachLatestDigest(int batchSize,
				java.util.function.Consumer<List<org.airegistry.registry.PublicEntryDigest>> batchConsumer) {
			reads.add(batchSize);
			registry.forEachLatestDigest(batchSize, batchConsumer);
		}

	}

	@Test
	@DisplayName("A page that fails while other bulk requests are in flight fails the reindex and leaves the aliases alone")
	void failedPageFailsTheReindex() throws Exception {
		InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
		IndexNames names = names();
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, names);
		publishMany(registry, 1_600, "Failing", MemberState.SE, "2025-04-01T00:00:00Z");
		index.ensureExists();
		String before = index.indicesOf(names.readAlias()).getFirst();
		AtomicInteger pages = new AtomicInteger();
		DeploymentFacts.Source failingThirdPage = new DeploymentFacts.Source() {
			@Override
			public DeploymentFacts of(String registrationNumber) {
				return DeploymentFacts.NONE;
			}

			@Override
			public Map<String, DeploymentFacts> ofAll(java.util.Collection<String> registrationNumbers) {
				if (pages.incrementAndGet() == 3) {
					throw new IllegalStateException("deployments unreachable");
				}
				return Map.of();
			}
		};
		RegistryEntriesReindexer reindexer = new RegistryEntriesReindexer(index, registry, Clock.systemUTC(),
				failingThirdPage, 2);

		assertThatThrownBy(reindexer::reindexAll).isInstanceOf(IllegalStateException.class)
			.hasMessage("deployments unreachable");
		assertThat(index.indicesOf(names.readAlias())).containsExactly(before);
	}

	@Test
	@DisplayName("A bulk request that outlasts the client's bound does not fail the reindex: the page is sent again in halves")
	void timedOutBulkRequestsAreSplit() throws Exception {
		// a node that takes 20 ms per document of a bulk request, behind a client bounded
		// at 8 s: a page of 500 (10 s) times out, its halves (5 s) do not; on a loaded
		// machine a page of 500 once took longer than the production bound of 5 s and
		// failed the whole reindex
		try (SlowBulkProxy proxy = new SlowBulkProxy(node.httpUri(), Duration.ofMillis(20), Duration.ofSeconds(8));
				ElasticsearchClient bounded = TestElasticsearchClients.client(proxy.uri(), Duration.ofSeconds(8))) {
			InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
			IndexNames names = names();
			RegistryEntriesIndex index = new RegistryEntriesIndex(bounded, node, names);
			for (int i = 0; i < 700; i++) {
				registry.publish("Slow " + i, "Purpose " + i, "Provider", Set.of(MemberState.FI),
						Instant.parse("2025-05-01T00:00:00Z").plusSeconds(i));
			}
			index.ensureExists();

			RegistryEntriesReindexer.Result result = new RegistryEntriesReindexer(index, registry, Clock.systemUTC())
				.reindexAll();

			assertThat(proxy.timedOutSizes()).as("the first page's request outlasted the bound").contains(500);
			assertThat(result.documents()).isEqualTo(700);
			assertThat(index.indicesOf(names.readAlias())).containsExactly(result.index());
			bounded.indices().refresh(r -> r.index(result.index()));
			assertThat(bounded.count(c -> c.index(result.index())).count()).isEqualTo(700);
		}
	}

	/**
	 * Forwards every request to a node and answers bulk requests only after a delay;
	 * records the path of every request.
	 */
	static final class SlowBulkProxy implements AutoCloseable {

		private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host",
				"upgrade", "transfer-encoding");

		private final HttpServer server;

		private final HttpClient forward = HttpClient.newHttpClient();

		private final List<Integer> sizes = new CopyOnWriteArrayList<>();

		private final List<String> paths = new CopyOnWriteArrayList<>();

		private final Duration bound;

		SlowBulkProxy(URI node, Duration perDocument, Duration bound) throws IOException {
			this.bound = bound;
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.createContext("/", exchange -> {
				try (exchange) {
					byte[] body = exchange.getRequestBody().readAllBytes();
					paths.add(exchange.getRequestURI().getPath());
					HttpRequest.Builder request = HttpRequest
						.newBuilder(node.resolve(exchange.getRequestURI().toString()))
						.method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
					exchange.getRequestHeaders()
						.forEach((name, values) -> values.stream()
							.filter(value -> !NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)))
							.forEach(value -> request.header(name, value)));
					HttpResponse<byte[]> response = forward.send(request.build(),
							HttpResponse.BodyHandlers.ofByteArray());
					if (exchange.getRequestURI().getPath().endsWith("/_bulk")) {
						// two lines per document: the action and the source
						int documents = (int) new String(body, StandardCharsets.UTF_8).lines().count() / 2;
						Duration delay = perDocument.multipliedBy(documents);
						if (delay.compareTo(bound) > 0) {
							sizes.add(documents);
						}
						Thread.sleep(delay);
					}
					response.headers()
						.map()
						.forEach((name, values) -> values.stream()
							.filter(value -> !NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)))
							.forEach(value -> exchange.getResponseHeaders().add(name, value)));
					boolean empty = response.body().length == 0 || "HEAD".equals(exchange.getRequestMethod());
					exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : response.body().length);
					if (!empty) {
						exchange.getResponseBody().write(response.body());
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			server.start();
		}

		/** Sizes of the bulk requests delayed beyond the bound. */
		List<Integer> timedOutSizes() {
			return sizes;
		}

		/** The paths of the requests forwarded so far, in order. */
		List<String> paths() {
			return paths;
		}

		URI uri() {
			return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
		}

		@Override
		public void close() {
			server.stop(0);
			forward.close();
		}

	}

}
