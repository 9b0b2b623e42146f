package org.airegistry.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.SwitchableTcpProxy;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fault drill: Elasticsearch goes away while 50 entries are published, then comes back.
 * Nothing is lost: every entry becomes searchable within a minute, and the index holds as
 * many documents as the database has public entries.
 */
@PostgresTest
class SearchOutageDrillIT {

	static final int ENTRIES = 50;

	@Autowired
	SearchService search;

	@Autowired
	RegistryQueries registry;

	@Autowired
	TestData testData;

	final SwitchableTcpProxy elasticsearch = TestElasticsearch.proxy();

	@AfterEach
	void restore() {
		elasticsearch.on();
	}

	@Test
	@DisplayName("Elasticsearch stopped during 50 publications, then started: all 50 searchable within a minute, "
			+ "index count equals database count")
	void fiftyPublicationsDuringAnOutage() {
		TestUser provider = testData.provider();
		String batch = TestData.uniqueWord("Drill");
		elasticsearch.off();
		List<String> published = new ArrayList<>();
		for (int i = 0; i < ENTRIES; i++) {
			published.add(testData.publish(provider, testData.sampleEntry(batch + " Outage System " + i)));
		}
		// one page large enough for all: the database fallback counts no further than the
		// page it needs (plus one row)
		SearchResults during = search.search(new SearchQuery(batch, 0, 100));
		assertThat(during.mode()).isEqualTo(SearchMode.REDUCED);
		assertThat(during.total()).as("the database answers meanwhile").isEqualTo(ENTRIES);

		elasticsearch.on();
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			SearchResults full = search.search(new SearchQuery(batch, 0, 100));
			assertThat(full.mode()).isEqualTo(SearchMode.FULL);
			assertThat(full.hits()).extracting(SearchHit::registrationNumber)
				.containsExactlyInAnyOrderElementsOf(published);
		});
		await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(search.indexedCount()).isEqualTo(registry.countPublished()));
	}

}
