package org.airegistry.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Suspension from public view on PostgreSQL and a real Elasticsearch node: the entry
 * leaves search and comes back when the suspension is lifted.
 */
@PostgresTest
class SuspensionIT {

	@Autowired
	Moderation moderation;

	@Autowired
	SearchService search;

	@Autowired
	TestData testData;

	@Autowired
	RegistryEntriesReindexer reindexer;

	@Autowired
	RegistryQueries registry;

	boolean found(String name, String number) {
		SearchResults results = search.search(SearchQuery.of(name));
		assertThat(results.mode()).isEqualTo(SearchMode.FULL);
		return results.hits().stream().map(SearchHit::registrationNumber).anyMatch(number::equals);
	}

	@Test
	@DisplayName("Art 74 market surveillance: a suspended entry disappears from search and its public page shows "
			+ "the authority's reason; lifting the suspension makes it searchable again")
	void suspensionHidesFromSearch() throws IOException {
		TestUser provider = testData.provider();
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		String name = "Suspendable " + Long.toString(System.nanoTime(), 36);
		String number = testData.publish(provider, TestData.sample(name));
		await().atMost(Duration.ofSeconds(60)).until(() -> found(name, number));

		testData.run(regulator, () -> moderation.suspend(number, "Under investigation for false statements."));
		assertThat(moderation.suspension(number)).get()
			.extracting(ModerationAction::notice)
			.isEqualTo("Under investigation for false statements.");
		await().atMost(Duration.ofSeconds(60)).until(() -> !found(name, number));
		String other = testData.publish(provider, TestData.sample(name + " sibling"));
		assertThat(registry.isSuspended(number)).isTrue();
		assertThat(registry.isSuspended(other)).isFalse();
		// a full reindex (from the registry's public reads) leaves it out too
		reindexer.reindexAll();
		assertThat(found(name, number)).isFalse();

		ModerationAction suspension = moderation.suspension(number).orElseThrow();
		testData.run(regulator, () -> moderation.close(suspension.id()));
		assertThat(moderation.isSuspended(number)).isFalse();
		assertThat(registry.isSuspended(number)).isFalse();
		await().atMost(Duration.ofSeconds(60)).until(() -> found(name, number));
	}

}
