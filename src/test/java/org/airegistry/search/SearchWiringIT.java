package org.airegistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.airegistry.registry.PublicEntry;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.airegistry.search.embedded.EmbeddedElasticsearch;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.airegistry.search.query.ElasticsearchSearchService;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;

/**
 * The search module's beans with Spring Boot's own Elasticsearch client: with no
 * {@code spring.elasticsearch.uris} configured, the environment post-processor points the
 * client at the embedded node. No database and no outbox here (the full chain is tested
 * with the whole application).
 */
@SpringBootTest(classes = SearchWiringIT.SearchBeans.class)
class SearchWiringIT {

	@Autowired
	Environment environment;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ElasticsearchReadiness readiness;

	@Autowired
	RegistryEntriesIndex index;

	@Autowired
	RegistryEntryIndexer indexer;

	@Autowired
	SearchService search;

	@Autowired
	InMemoryRegistryQueries registry;

	@Autowired
	SimpleMeterRegistry meters;

	@Test
	@DisplayName("Without spring.elasticsearch.uris the application's client talks to the embedded node")
	void clientUsesEmbeddedNode() throws Exception {
		EmbeddedElasticsearch node = EmbeddedElasticsearch.sharedIfRunning().orElseThrow();

		assertThat(environment.getProperty("spring.elasticsearch.uris")).isEqualTo(node.httpUri().toString());
		assertThat(environment.getProperty("airegistry.search.embedded.http-uri")).isEqualTo(node.httpUri().toString());
		readiness.awaitReady();
		assertThat(client.cluster().health().numberOfNodes()).isEqualTo(1);
	}

	@Test
	@DisplayName("Each Spring test context gets index names of its own on the shared node")
	void testContextHasOwnIndexNames() {
		assertThat(index.names().readAlias()).matches("test-[0-9a-f]{8}-registry-entries");
	}

	@Test
	@DisplayName("An indexed entry is found through the SearchService bean")
	void indexAndSearch() throws Exception {
		PublicEntry entry = registry.publish("Border Scan", "Biometric identification at border crossings",
				"Frontier Tech", Set.of(MemberState.ES), Instant.parse("2025-04-01T12:00:00Z"));
		indexer.index(entry.id());
		client.indices().refresh(r -> r.index(index.names().readAlias()));

		SearchResults results = search.search(SearchQuery.of("biometrik"));

		assertThat(results.mode()).isEqualTo(SearchMode.FULL);
		assertThat(results.hits()).extracting(SearchHit::registrationNumber)
			.containsExactly(entry.registrationNumber());
		assertThat(search.indexedCount()).isEqualTo(1);
		assertThat(meters.get(ElasticsearchSearchService.LATENCY_METER).tag("mode", "full").timer().count())
			.as("the search's latency is recorded by mode")
			.isEqualTo(1);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ JacksonAutoConfiguration.class, ElasticsearchRestClientAutoConfiguration.class,
			ElasticsearchClientAutoConfiguration.class })
	@ComponentScan(basePackages = "org.airegistry.search",
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = { "org\\.airegistry\\.search\\.sync\\..*", "org\\.airegistry\\.search\\.models\\..*",
							"org\\.airegistry\\.search\\.tests\\..*",
							"org\\.airegistry\\.search\\.index\\.DeploymentFactsFromRegistrations",
							"org\\.airegistry\\.search\\.index\\.persistence\\.CorpusWordCounts",
							"org\\.airegistry\\.search\\..*IT.*" }))
	static class SearchBeans {

		@Bean
		InMemoryRegistryQueries registryQueries() {
			return new InMemoryRegistryQueries();
		}

		/**
		 * The application's meter registry comes from Spring Boot's metrics
		 * auto-configuration; the search service records every search's latency in it.
		 */
		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
