package org.airegistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.PublicEntry;
import org.airegistry.search.embedded.EmbeddedElasticsearch;
import org.airegistry.search.embedded.EmbeddedElasticsearchSettings;
import org.airegistry.search.index.IndexNames;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.airegistry.search.query.ElasticsearchSearchService;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" costs the search API a second request only the first time a correction
 * is checked (issue 20): many visitors make the same typo.
 */
class CorrectionCheckIT {

	@Test
	@DisplayName("A correction asked for again is offered again without checking it against the index again")
	void repeatedCorrectionIsCheckedOnce() throws Exception {
		EmbeddedElasticsearch node = EmbeddedElasticsearch.shared(EmbeddedElasticsearchSettings.forTests());
		node.awaitReady();
		String prefix = "correction-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		try (ReindexIT.SlowBulkProxy proxy = new ReindexIT.SlowBulkProxy(node.httpUri(), Duration.ZERO,
				Duration.ofSeconds(30)); ElasticsearchClient client = TestElasticsearchClients.client(proxy.uri())) {
			InMemoryRegistryQueries registry = new InMemoryRegistryQueries();
			RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, IndexNames.withPrefix(prefix));
			RegistryEntryIndexer indexer = new RegistryEntryIndexer(index, registry);
			for (PublicEntry entry : List.of(
					registry.put(FacetedSearchIT.entry("Border Scan", "Checks documents of travellers at the border",
							"Frontier Tech", AnnexIIIPoint.P4B, EntryStatus.IN_SERVICE, Set.of(MemberState.FR),
							"2025-03-10T10:00:00Z")),
					registry.put(FacetedSearchIT.entry("Talent Finder", "Ranks job applicants for recruitment",
							"Jobs Inc", AnnexIIIPoint.P4A, EntryStatus.ON_MARKET, Set.of(MemberState.DE),
							"2025-01-10T10:00:00Z")))) {
				indexer.index(entry.id());
			}
			client.indices().refresh(r -> r.index(index.names().readAlias()));
			ElasticsearchSearchService search = new ElasticsearchSearchService(index,
					new RegistryEntriesReindexer(index, registry, Clock.systemUTC()), registry);
			int before = proxy.paths().size();

			SearchResults first = search.search(SearchQuery.of("skam"));
			SearchResults second = search.search(SearchQuery.of("skam"));

			assertThat(first.didYouMean()).contains("scan");
			assertThat(second.didYouMean()).contains("scan");
			List<String> paths = proxy.paths().subList(before, proxy.paths().size());
			assertThat(paths).filteredOn(path -> path.endsWith("/_search")).hasSize(2);
			// the check: one multi-search (the corrected text, and whether the index
			// holds
			// the word as written)
			assertThat(paths).filteredOn(path -> path.endsWith("/_msearch")).hasSize(1);
			assertThat(paths).hasSize(3);
			for (String name : client.indices().get(g -> g.index(prefix + "*")).indices().keySet()) {
				client.indices().delete(d -> d.index(name));
			}
		}
	}

}
