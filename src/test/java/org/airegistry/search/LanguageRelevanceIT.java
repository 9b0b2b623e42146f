package org.airegistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.search.embedded.EmbeddedElasticsearch;
import org.airegistry.search.embedded.EmbeddedElasticsearchSettings;
import org.airegistry.search.embedded.ElasticsearchPlugins;
import org.airegistry.search.index.IndexNames;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.airegistry.search.index.RegistryEntryIndexer.Outcome;
import org.airegistry.search.query.ElasticsearchSearchService;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search relevance from the data file {@value #CASES}: multilingual entries and queries
 * with the trade names expected on top, run on the real node with the project's analysis
 * plugin and the index definition the application uses.
 */
class LanguageRelevanceIT {

	static final String CASES = "search/relevance-cases.json";

	static final String PREFIX = "relevance-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	static EmbeddedElasticsearch node;

	static ElasticsearchClient client;

	static ElasticsearchSearchService search;

	@BeforeAll
	static void indexEntries() throws IOException {
		node = EmbeddedElasticsearch.shared(EmbeddedElasticsearchSettings.forTests());
		node.awaitReady();
		client = TestElasticsearchClients.client(node.httpUri());
		InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, IndexNames.withPrefix(PREFIX));
		RegistryEntryIndexer indexer = new RegistryEntryIndexer(index, registry);
		search = new ElasticsearchSearchService(index, new RegistryEntriesReindexer(index, registry, Clock.systemUTC()),
				registry);
		Instant publishedAt = Instant.parse("2025-06-01T08:00:00Z");
		for (Entry entry : relevanceFile().entries()) {
			publishedAt = publishedAt.plusSeconds(60);
			var published = registry.publish(ContentLanguage.valueOf(entry.language().toUpperCase(Locale.ROOT)),
					entry.tradeName(), entry.intendedPurpose(), entry.providerName(), Set.of(MemberState.BE),
					publishedAt);
			assertThat(indexer.index(published.id())).isEqualTo(Outcome.INDEXED);
		}
		client.indices().refresh(r -> r.index(index.names().readAlias()));
	}

	@AfterAll
	static void removeIndices() throws IOException {
		for (String name : client.indices().get(g -> g.index(PREFIX + "*")).indices().keySet()) {
			client.indices().delete(d -> d.index(name));
		}
		client.close();
	}

	static Stream<Case> cases() throws IOException {
		return relevanceFile().cases().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void expectedTopResults(Case relevance) {
		SearchResults results = search.search(SearchQuery.of(relevance.query()));

		assertThat(results.mode()).isEqualTo(SearchMode.FULL);
		List<String> top = results.hits()
			.stream()
			.limit(relevance.expectedTop().size())
			.map(SearchHit::tradeName)
			.toList();
		if (relevance.isOrdered()) {
			assertThat(top).as("top hits for \"%s\" (all: %s)", relevance.query(), names(results))
				.containsExactlyElementsOf(relevance.expectedTop());
		}
		else {
			assertThat(top).as("top hits for \"%s\" (all: %s)", relevance.query(), names(results))
				.containsExactlyInAnyOrderElementsOf(relevance.expectedTop());
		}
	}

	@ParameterizedTest(name = "\"{0}\" finds nothing")
	@org.junit.jupiter.params.provider.ValueSource(
			strings = { "aaaaaaaaaa", "the", "a", "x", "der die das", "le la les", "of the and", "chocolate cake" })
	@DisplayName("Nonsense, one-letter words and stop words never make a match on their own")
	void nothingForNonsense(String query) {
		SearchResults results = search.search(SearchQuery.of(query));

		assertThat(results.mode()).isEqualTo(SearchMode.FULL);
		assertThat(results.total()).as("hits: %s", names(results)).isZero();
	}

	@Test
	@DisplayName("A typo match needs the first letter: \"hiring\" never finds \"during\"")
	void fuzzyNeedsTheFirstLetter() {
		SearchResults results = search.search(SearchQuery.of("hiring"));

		assertThat(names(results)).doesNotContain("Stundenplan");
	}

	@Test
	@DisplayName("The node runs the project's analysis plugin: its German analyzer stems and folds \"Häuser\" to \"haus\"")
	void pluginInstalled() throws IOException {
		List<String> plugins = client.cat().plugins().plugins().stream().map(p -> p.component()).toList();
		List<String> tokens = client.indices()
			.analyze(a -> a.analyzer("registry_german").text("Die schönen Häuser"))
			.tokens()
			.stream()
			.map(AnalyzeToken::token)
			.toList();

		assertThat(plugins).contains(ElasticsearchPlugins.PLUGIN_NAME);
		assertThat(tokens).containsExactly("schon", "haus");
	}

	@Test
	@DisplayName("Stemmed matches are highlighted in the snippet, escaped")
	void highlightsStemmedMatches() {
		SearchHit hit = search.search(SearchQuery.of("Haus")).hits().get(0);

		assertThat(hit.snippetHtml()).contains("<mark>Häuser</mark>");
	}

	private static List<String> names(SearchResults results) {
		return results.hits().stream().map(SearchHit::tradeName).toList();
	}

	private static RelevanceFile relevanceFile() throws IOException {
		try (InputStream in = LanguageRelevanceIT.class.getClassLoader().getResourceAsStream(CASES)) {
			assertThat(in).as(CASES).isNotNull();
			return JsonMapper.builder().build().readValue(in, RelevanceFile.class);
		}
	}

	record RelevanceFile(@Nullable String _comment, List<Entry> entries, List<Case> cases) {
	}

	record Entry(String tradeName, String providerName, String language, String intendedPurpose) {
	}

	record Case(String name, String query, List<String> expectedTop, @Nullable Boolean ordered) {

		boolean isOrdered() {
			return ordered == null || ordered;
		}

		@Override
		public String toString() {
			return name + " [" + query + "]";
		}

	}

}
