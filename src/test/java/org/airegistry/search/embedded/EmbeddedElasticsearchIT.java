package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.indices.GetIndexResponse;
import co.elastic.clients.elasticsearch.indices.IndexState;
import org.airegistry.registry.PublicEntry;
import org.airegistry.search.InMemoryRegistryQueries;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.TestElasticsearchClients;
import org.airegistry.search.index.IndexNames;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.airegistry.search.index.RegistryEntryIndexer.Outcome;
import org.airegistry.search.query.ElasticsearchSearchService;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The real Elasticsearch 9.2 node of the build (shared by every test of this JVM) with
 * the registry-entries index created from its JSON definition. Each test works on index
 * names of its own.
 */
class EmbeddedElasticsearchIT {

	static final String PREFIX = "it-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	static EmbeddedElasticsearch node;

	static ElasticsearchClient client;

	final InMemoryRegistryQueries registry = new InMemoryRegistryQueries();

	IndexNames names;

	RegistryEntriesIndex index;

	RegistryEntryIndexer indexer;

	ElasticsearchSearchService search;

	@BeforeAll
	static void startNode() {
		node = EmbeddedElasticsearch.shared(EmbeddedElasticsearchSettings.forTests());
		node.awaitReady();
		client = TestElasticsearchClients.client(node.httpUri());
	}

	@AfterAll
	static void removeIndices() throws IOException {
		GetIndexResponse indices = client.indices().get(g -> g.index(PREFIX + "*"));
		for (String name : indices.indices().keySet()) {
			client.indices().delete(d -> d.index(name));
		}
		client.close();
	}

	@BeforeEach
	void indexOfThisTest() {
		names = IndexNames.withPrefix(PREFIX + UUID.randomUUID().toString().substring(0, 6) + "-");
		index = new RegistryEntriesIndex(client, node, names);
		indexer = new RegistryEntryIndexer(index, registry);
		search = new ElasticsearchSearchService(index, new RegistryEntriesReindexer(index, registry, Clock.systemUTC()),
				registry);
	}

	@Test
	@DisplayName("The node started by the shared singleton is healthy, on the loopback interface, and shared")
	void healthyNode() throws IOException {
		assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
		assertThat(node.httpUri().getHost()).isEqualTo("127.0.0.1");
		assertThat(node.isReady()).isTrue();
		assertThat(EmbeddedElasticsearch.shared(EmbeddedElasticsearchSettings.forTests())).isSameAs(node);
	}

	@Test
	@DisplayName("The index is created once from the JSON definition behind a read and a write alias, even by two instances at once")
	void createsIndexWithAliases() throws Exception {
		RegistryEntriesIndex otherInstance = new RegistryEntriesIndex(client, node, names);
		try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
			List<Future<Void>> both = new ArrayList<>();
			for (RegistryEntriesIndex instance : List.of(index, otherInstance)) {
				both.add(executor.submit((Callable<Void>) () -> {
					instance.ensureExists();
					return null;
				}));
			}
			for (Future<Void> done : both) {
				done.get();
			}
		}
		index.forgetEnsured();
		index.ensureExists();

		assertThat(index.indicesOf(names.readAlias())).containsExactly(names.initialIndex());
		assertThat(index.indicesOf(names.writeAlias())).containsExactly(names.initialIndex());
		IndexState state = client.indices().get(g -> g.index(names.initialIndex())).get(names.initialIndex());
		assertThat(state.settings().index().numberOfReplicas()).isEqualTo("0");
		assertThat(state.mappings().properties()).containsKeys("trade_name", "intended_purpose", "provider_name",
				"member_states", "published_at", "trade_name_suggest");
		assertThat(state.mappings().properties().get("trade_name").isText()).isTrue();
		assertThat(state.mappings().properties().get("trade_name_suggest").isCompletion()).isTrue();
		assertThat(state.aliases().get(names.writeAlias()).isWriteIndex()).isTrue();
	}

	@Test
	@DisplayName("A search with a typo finds the entry and highlights the matched words with <mark>")
	void fuzzySearchWithHighlighting() throws IOException {
		index(registry.publish("CrowdWatch", "Real-time video surveillance of public spaces for crowd safety",
				"Vigil Systems", Set.of(MemberState.NL), Instant.parse("2025-05-01T08:00:00Z")));
		index(registry.publish("Loan Advisor", "Scores consumer credit applications", "Acme Bank",
				Set.of(MemberState.DE), Instant.parse("2025-05-02T08:00:00Z")));

		SearchResults results = search.search(SearchQuery.of("survelance"));

		assertThat(results.mode()).isEqualTo(SearchMode.FULL);
		assertThat(results.total()).isEqualTo(1);
		SearchHit hit = results.hits().get(0);
		assertThat(hit.tradeName()).isEqualTo("CrowdWatch");
		assertThat(hit.providerName()).isEqualTo("Vigil Systems");
		assertThat(hit.registrationNumber()).isNotBlank();
		assertThat(hit.memberStates()).containsExactly(MemberState.NL);
		assertThat(hit.publishedAt()).isEqualTo(Instant.parse("2025-05-01T08:00:00Z"));
		assertThat(hit.snippetHtml()).contains("<mark>surveillance</mark>");
	}

	@Test
	@DisplayName("Trade names weigh more than provider names and intended purposes")
	void tradeNameRanksFirst() throws IOException {
		index(registry.publish("Triage Helper", "Supports radiology reporting", "Radiology Partners",
				Set.of(MemberState.FR), Instant.parse("2025-05-01T08:00:00Z")));
		index(registry.publish("Radiology Reader", "Reads chest images", "MedTech", Set.of(MemberState.FR),
				Instant.parse("2025-05-01T09:00:00Z")));

		assertThat(search.search(SearchQuery.of("radiology")).hits()).extracting(SearchHit::tradeName)
			.containsExactly("Radiology Reader", "Triage Helper");
	}

	@Test
	@DisplayName("Script in an entry comes back escaped in the snippet, matched or not")
	void scriptIsEscaped() throws IOException {
		index(registry.publish("Emotion Lens",
				"<script>alert('x')</script> emotion recognition <img src=x onerror=alert(1)>", "Evil & Co",
				Set.of(MemberState.IT), Instant.parse("2025-05-01T08:00:00Z")));

		String matched = search.search(SearchQuery.of("emotion")).hits().get(0).snippetHtml();
		String unmatched = search.search(SearchQuery.of("Evil")).hits().get(0).snippetHtml();

		for (String snippet : List.of(matched, unmatched)) {
			assertThat(snippet).contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<img");
			assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
		}
		assertThat(matched).contains("<mark>emotion</mark>");
	}

	@Test
	@DisplayName("A late event for an older version cannot overwrite the newer version in the index")
	void olderVersionCannotOverwriteNewer() throws IOException {
		PublicEntry first = registry.publish("Hiring Bot", "Ranks job applicants", "Jobs Inc", Set.of(MemberState.SE),
				Instant.parse("2025-05-01T08:00:00Z"));
		PublicEntry second = registry.put(InMemoryRegistryQueries.nextVersion(first, "Hiring Bot 2",
				"Ranks job applicants with explanations", Instant.parse("2025-06-01T08:00:00Z")));
		assertThat(indexer.index(second.id())).isEqualTo(Outcome.INDEXED);

		// the event of version 2 is processed again (resubmission): nothing changes
		assertThat(indexer.index(second.id())).isEqualTo(Outcome.ALREADY_CURRENT);
		// version 1 arriving late is refused by the external version
		assertThatExceptionOfType(ElasticsearchException.class)
			.isThrownBy(() -> client.index(i -> i.index(names.writeAlias())
				.id(first.id().toString())
				.versionType(VersionType.External)
				.version(1L)
				.document(Map.of("trade_name", "Hiring Bot"))))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(409));
		registry.put(first);
		assertThat(indexer.index(first.id())).isEqualTo(Outcome.ALREADY_CURRENT);
		refresh();

		SearchResults results = search.search(SearchQuery.of("hiring"));
		assertThat(results.hits()).singleElement().extracting(SearchHit::tradeName).isEqualTo("Hiring Bot 2");
	}

	@Test
	@DisplayName("A blank search lists all entries newest first, page by page")
	void blankSearchNewestFirst() throws IOException {
		index(registry.publish("Older", "First entry", "A", Set.of(MemberState.AT),
				Instant.parse("2025-01-01T00:00:00Z")));
		index(registry.publish("Newer", "Second entry", "B", Set.of(MemberState.AT),
				Instant.parse("2025-02-01T00:00:00Z")));

		SearchResults first = search.search(new SearchQuery("", 0, 1));
		SearchResults second = search.search(new SearchQuery("", 1, 1));

		assertThat(first.total()).isEqualTo(2);
		assertThat(first.hits()).extracting(SearchHit::tradeName).containsExactly("Newer");
		assertThat(second.hits()).extracting(SearchHit::tradeName).containsExactly("Older");
		assertThat(first.hits().get(0).snippetHtml()).isEqualTo("Second entry");
	}

	@Test
	@DisplayName("Reindex loads every entry into a new index and moves both aliases at once, keeping the old index")
	void reindexSwapsAliases() throws IOException {
		index(registry.publish("Alpha", "First", "A", Set.of(MemberState.PL), Instant.parse("2025-01-01T00:00:00Z")));
		registry.publish("Beta", "Published while the index missed it", "B", Set.of(MemberState.PL),
				Instant.parse("2025-01-02T00:00:00Z"));
		assertThat(search.indexedCount()).isEqualTo(1);

		search.reindexAll();

		List<String> read = index.indicesOf(names.readAlias());
		assertThat(read).singleElement()
			.isNotEqualTo(names.initialIndex())
			.asString()
			.startsWith(names.concretePrefix());
		assertThat(index.indicesOf(names.writeAlias())).isEqualTo(read);
		assertThat(client.indices().exists(e -> e.index(names.initialIndex())).value()).isTrue();
		assertThat(search.indexedCount()).isEqualTo(2);
		assertThat(search.search(SearchQuery.of("beta")).hits()).extracting(SearchHit::tradeName)
			.containsExactly("Beta");
	}

	private void index(PublicEntry entry) throws IOException {
		assertThat(indexer.index(entry.id())).isEqualTo(Outcome.INDEXED);
		refresh();
	}

	private void refresh() throws IOException {
		client.indices().refresh(r -> r.index(names.readAlias()));
	}

}
