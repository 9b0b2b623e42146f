package org.airegistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.Certificate;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.PublicEntry;
import org.airegistry.search.embedded.EmbeddedElasticsearch;
import org.airegistry.search.embedded.EmbeddedElasticsearchSettings;
import org.airegistry.search.index.DeploymentFacts;
import org.airegistry.search.index.IndexNames;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.airegistry.search.query.ElasticsearchSearchService;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Facets, filters, sort, "did you mean" and name suggestions on the real node with the
 * application's index definition.
 */
class FacetedSearchIT {

	static final String PREFIX = "facets-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	static ElasticsearchClient client;

	static ElasticsearchSearchService search;

	static final InMemoryRegistryQueries registry = new InMemoryRegistryQueries();

	static PublicEntry recruiter;

	static PublicEntry scanner;

	static PublicEntry scorer;

	@BeforeAll
	static void indexEntries() throws IOException {
		EmbeddedElasticsearch node = EmbeddedElasticsearch.shared(EmbeddedElasticsearchSettings.forTests());
		node.awaitReady();
		client = TestElasticsearchClients.client(node.httpUri());
		RegistryEntriesIndex index = new RegistryEntriesIndex(client, node, IndexNames.withPrefix(PREFIX));
		recruiter = registry.put(entry("Talent Finder", "Ranks job applicants for recruitment", "Jobs Inc",
				AnnexIIIPoint.P4A, EntryStatus.ON_MARKET, Set.of(MemberState.DE), "2025-01-10T10:00:00Z"));
		scanner = registry.put(
				entry("Border Scan", "Checks documents of travellers at the border", "Frontier Tech", AnnexIIIPoint.P4B,
						EntryStatus.IN_SERVICE, Set.of(MemberState.FR, MemberState.DE), "2025-03-10T10:00:00Z"));
		scorer = registry.put(entry("Credit Scorer", "Scores credit applications", "Frontier Tech", AnnexIIIPoint.P5B,
				EntryStatus.ON_MARKET, Set.of(MemberState.DE), "2025-05-10T10:00:00Z"));
		// the deployment module will feed these; here a stand-in source
		DeploymentFacts.Source deployments = number -> number.equals(scorer.registrationNumber())
				? new DeploymentFacts(List.of("City of Ghent"), true) : DeploymentFacts.NONE;
		RegistryEntryIndexer indexer = new RegistryEntryIndexer(index, registry, deployments);
		for (PublicEntry entry : List.of(recruiter, scanner, scorer)) {
			indexer.index(entry.id());
		}
		client.indices().refresh(r -> r.index(index.names().readAlias()));
		search = new ElasticsearchSearchService(index, new RegistryEntriesReindexer(index, registry, Clock.systemUTC()),
				registry);
	}

	@AfterAll
	static void removeIndices() throws IOException {
		for (String name : client.indices().get(g -> g.index(PREFIX + "*")).indices().keySet()) {
			client.indices().delete(d -> d.index(name));
		}
		client.close();
	}

	static PublicEntry entry(String name, String purpose, String provider, AnnexIIIPoint point, EntryStatus status,
			Set<MemberState> states, String published) {
		Instant at = Instant.parse(published);
		EntryData data = EntryData.sectionA(ContentLanguage.EN, point, false, "", "", name, "", purpose, "Components",
				"Data", status, Certificate.none(), states, "Declaration", "https://example.org/ifu", "");
		return new PublicEntry(AiSystemId.random(), "EU-F-" + name.hashCode(),
				new OrganisationId(UUID.nameUUIDFromBytes(provider.getBytes())), provider, 1, 1, data, "", at, at,
				"0".repeat(64));
	}

	static SearchQuery query(String text, Map<String, List<String>> parameters) {
		Map<String, List<String>> all = new java.util.HashMap<>(parameters);
		all.put("q", List.of(text));
		return SearchParameters.read(all, 0, 20, true);
	}

	@Test
	@DisplayName("A Member State filter narrows the hits; its own facet still counts every state, the others count within the filter")
	void facetCountsUnderOtherFilters() {
		SearchResults results = search.search(query("", Map.of("ms", List.of("FR"))));

		assertThat(results.hits()).extracting(SearchHit::tradeName).containsExactly("Border Scan");
		assertThat(results.facet(Facet.MEMBER_STATE)).contains(new FacetValue("DE", 3, false),
				new FacetValue("FR", 1, true));
		assertThat(results.facet(Facet.AREA)).containsExactly(new FacetValue("4", 1, false));
		assertThat(results.facet(Facet.STATUS)).containsExactly(new FacetValue("IN_SERVICE", 1, false));
		assertThat(results.facet(Facet.CLASSIFICATION)).containsExactly(new FacetValue("SECTION_A", 1, false));
	}

	@Test
	@DisplayName("Filters combine: values of one facet OR-ed, facets AND-ed")
	void filtersCombine() {
		SearchResults areas = search.search(query("", Map.of("area", List.of("4", "5"))));
		SearchResults areaAndProvider = search
			.search(query("", Map.of("area", List.of("4"), "provider", List.of("Frontier Tech"))));

		assertThat(areas.total()).isEqualTo(3);
		assertThat(areaAndProvider.hits()).extracting(SearchHit::tradeName).containsExactly("Border Scan");
		assertThat(areaAndProvider.facet(Facet.PROVIDER)).contains(new FacetValue("Frontier Tech", 1, true),
				new FacetValue("Jobs Inc", 1, false));
	}

	@Test
	@DisplayName("Art 27: deployer and has-FRIA filters use the deployment facts the indexer was given")
	void deployerAndFria() {
		SearchResults withFria = search.search(query("", Map.of("fria", List.of("true"))));
		SearchResults byDeployer = search.search(query("", Map.of("deployer", List.of("City of Ghent"))));

		assertThat(withFria.hits()).extracting(SearchHit::tradeName).containsExactly("Credit Scorer");
		assertThat(byDeployer.hits()).extracting(SearchHit::tradeName).containsExactly("Credit Scorer");
		assertThat(search.search(SearchQuery.of("")).facet(Facet.HAS_FRIA)).contains(new FacetValue("true", 1, false),
				new FacetValue("false", 2, false));
	}

	@Test
	@DisplayName("The registration date range keeps whole days, both ends included")
	void registrationDateRange() {
		SearchQuery march = new SearchQuery("", SearchFilters.NONE, SearchSort.NEWEST, 0, 20);
		SearchFilters range = new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
				null, LocalDate.parse("2025-03-10"), LocalDate.parse("2025-05-10"));

		assertThat(search.search(march.withFilters(range)).hits()).extracting(SearchHit::tradeName)
			.containsExactly("Credit Scorer", "Border Scan");
	}

	@Test
	@DisplayName("Sort by name is A to Z, by newest is the latest publication first")
	void sorting() {
		assertThat(search.search(query("", Map.of("sort", List.of("name")))).hits()).extracting(SearchHit::tradeName)
			.containsExactly("Border Scan", "Credit Scorer", "Talent Finder");
		assertThat(search.search(query("", Map.of("sort", List.of("newest")))).hits()).extracting(SearchHit::tradeName)
			.containsExactly("Credit Scorer", "Border Scan", "Talent Finder");
	}

	@Test
	@DisplayName("A query that finds nothing offers a corrected query that does")
	void didYouMean() {
		// two wrong letters in a four-letter word: beyond fuzzy matching, within the
		// suggester
		SearchResults results = search.search(SearchQuery.of("skam"));

		assertThat(results.total()).isZero();
		assertThat(results.didYouMean()).contains("scan");
		assertThat(search.search(SearchQuery.of(results.didYouMean().orElseThrow())).hits())
			.extracting(SearchHit::tradeName)
			.containsExactly("Border Scan");
	}

	@Test
	@DisplayName("A search without facet counts (the API's) finds the same hits, total and correction, and asks the node for no aggregations")
	void searchWithoutFacets() {
		for (SearchQuery query : List.of(query("", Map.of("ms", List.of("FR"))), SearchQuery.of("applicants"),
				query("credit", Map.of("area", List.of("5"))), SearchQuery.of("skam"))) {
			SearchResults counted = search.search(query);
			SearchResults uncounted = search.searchWithoutFacets(query);

			assertThat(uncounted.hits()).as(query.text()).isEqualTo(counted.hits());
			assertThat(uncounted.total()).as(query.text()).isEqualTo(counted.total());
			assertThat(uncounted.didYouMean()).as(query.text()).isEqualTo(counted.didYouMean());
			assertThat(uncounted.mode()).isEqualTo(SearchMode.FULL);
			if (counted.total() > 0) {
				assertThat(counted.facet(Facet.MEMBER_STATE)).as(query.text()).isNotEmpty();
			}
			assertThat(uncounted.facets()).as(query.text()).isEmpty();
			assertThat(ElasticsearchSearchService.request(query, "alias", false).aggregations()).isEmpty();
			assertThat(ElasticsearchSearchService.request(query, "alias", true).aggregations())
				.hasSize(Facet.values().length);
		}
		assertThat(search.searchWithoutFacets(SearchQuery.of("skam")).didYouMean()).contains("scan");
	}

	@Test
	@DisplayName("Typing suggests system and organisation names, tolerating a typo")
	void nameSuggestions() {
		assertThat(search.suggestNames("bord", 5))
			.containsExactly(new NameSuggestion("Border Scan", NameSuggestion.Kind.SYSTEM));
		assertThat(search.suggestNames("Fronteir", 5))
			.contains(new NameSuggestion("Frontier Tech", NameSuggestion.Kind.ORGANISATION));
		assertThat(search.suggestNames("b", 5)).isEmpty();
	}

	@Test
	@DisplayName("The API's strict reading refuses unknown filter values; the portal's drops them")
	void strictAndLenientParameters() {
		Map<String, List<String>> bad = Map.of("ms", List.of("XX"), "area", List.of("9"));
		assertThat(SearchParameters.read(bad, 0, 20, false).filters().isEmpty()).isTrue();
		org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidSearchParameterException.class)
			.isThrownBy(() -> SearchParameters.read(bad, 0, 20, true));
	}

}
