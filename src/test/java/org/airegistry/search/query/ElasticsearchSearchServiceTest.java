package org.airegistry.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.search.InMemoryRegistryQueries;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchUnavailableException;
import org.airegistry.search.TestElasticsearchClients;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.airegistry.search.index.DeploymentFacts;
import org.airegistry.search.index.IndexNames;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The search while Elasticsearch is unreachable (connection refused). */
class ElasticsearchSearchServiceTest {

	final InMemoryRegistryQueries registry = new InMemoryRegistryQueries();

	ElasticsearchClient client;

	ElasticsearchSearchService search;

	@BeforeEach
	void unreachableIndex() throws IOException {
		client = TestElasticsearchClients.unreachable();
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, ElasticsearchReadiness.external(),
				IndexNames.standard());
		search = new ElasticsearchSearchService(index, new RegistryEntriesReindexer(index, registry, Clock.systemUTC()),
				registry);
		registry.publish("Credit Scorer", "Scores <script>alert(1)</script> credit applications", "Acme Bank",
				Set.of(MemberState.DE), Instant.parse("2025-01-01T10:00:00Z"));
		registry.publish("Triage Assistant", "Helps emergency staff prioritise patients", "Health AI",
				Set.of(MemberState.FR, MemberState.BE), Instant.parse("2025-02-01T10:00:00Z"));
	}

	@AfterEach
	void close() throws IOException {
		client.close();
	}

	@Test
	@DisplayName("While the index is unreachable, search answers from the database in reduced mode")
	void reducedMode() {
		SearchResults results = search.search(SearchQuery.of("credit"));

		assertThat(results.mode()).isEqualTo(SearchMode.REDUCED);
		assertThat(results.total()).isEqualTo(1);
		assertThat(results.hits()).singleElement().satisfies(hit -> {
			assertThat(hit.tradeName()).isEqualTo("Credit Scorer");
			assertThat(hit.providerName()).isEqualTo("Acme Bank");
			assertThat(hit.memberStates()).containsExactly(MemberState.DE);
			assertThat(hit.snippetHtml()).contains("&lt;script&gt;")
				.doesNotContain("<script")
				.contains("<mark>credit</mark>");
		});
	}

	@Test
	@DisplayName("Art 74 market surveillance: an entry suspended from public view is not found in reduced mode either")
	void reducedModeWithholdsSuspended() throws IOException {
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, ElasticsearchReadiness.external(),
				IndexNames.standard());
		registry.suspend(registry.searchInDatabase("Credit Scorer", 1).getFirst().registrationNumber());
		ElasticsearchSearchService withholding = new ElasticsearchSearchService(index,
				new RegistryEntriesReindexer(index, registry, Clock.systemUTC(), DeploymentFacts.Source.NONE),
				registry);

		assertThat(withholding.search(SearchQuery.of("credit")).hits()).isEmpty();
		assertThat(withholding.search(SearchQuery.of("")).hits()).extracting(SearchHit::tradeName)
			.containsExactly("Triage Assistant");
	}

	@Test
	@DisplayName("A blank query in reduced mode lists all entries, newest first, page by page")
	void blankQueryNewestFirst() {
		SearchResults first = search.search(new SearchQuery("", 0, 1));
		SearchResults second = search.search(new SearchQuery(" ", 1, 1));

		assertThat(first.hits()).extracting(h -> h.tradeName()).containsExactly("Triage Assistant");
		assertThat(first.total()).isEqualTo(2);
		assertThat(second.hits()).extracting(h -> h.tradeName()).containsExactly("Credit Scorer");
		assertThat(second.mode()).isEqualTo(SearchMode.REDUCED);
	}

	@Test
	@DisplayName("Count and reindex report the unreachable index as SearchUnavailableException")
	void adminOperationsReportUnavailability() {
		assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(search::indexedCount);
		assertThatExceptionOfType(SearchUnavailableException.class).isThrownBy(search::reindexAll);
	}

}
