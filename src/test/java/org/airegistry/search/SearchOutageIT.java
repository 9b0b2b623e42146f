package org.airegistry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;

import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.RegistryService;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestElasticsearch;
import org.airegistry.testsupport.SwitchableTcpProxy;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox at work against real PostgreSQL and a real Elasticsearch node that the test
 * takes away (a proxy in between goes down) and gives back.
 */
@PostgresTest
class SearchOutageIT {

	@Autowired
	RegistryService registry;

	@Autowired
	SearchService search;

	@Autowired
	TestData testData;

	final SwitchableTcpProxy proxy = TestElasticsearch.proxy();

	@AfterEach
	void restore() {
		proxy.on();
	}

	@Test
	@DisplayName("Published while Elasticsearch is down: the provider sees no error, the public search answers "
			+ "from the database in reduced mode, and the entry becomes searchable once Elasticsearch is back")
	void publishDuringOutage() {
		TestUser provider = testData.provider();
		String name = "Outage Survivor " + Long.toString(System.nanoTime(), 36);
		proxy.off();

		DraftEntry draft = testData.as(provider,
				() -> registry.createDraft(TestData.sample(name)
					.withIntendedPurpose("Matches candidates to vacancies.")
					.withMemberStates(EnumSet.of(MemberState.BE))));
		testData.run(provider, () -> registry.publish(draft.id(), draft.lockVersion(), ""));
		String number = testData.as(provider, () -> registry.open(draft.id()).registrationNumber());

		SearchResults reduced = search.search(SearchQuery.of(name));
		assertThat(reduced.mode()).isEqualTo(SearchMode.REDUCED);
		assertThat(reduced.hits()).extracting(SearchHit::registrationNumber).contains(number);

		proxy.on();

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			SearchResults full = search.search(SearchQuery.of(name));
			assertThat(full.mode()).isEqualTo(SearchMode.FULL);
			assertThat(full.hits()).extracting(SearchHit::registrationNumber).contains(number);
		});
	}

}
