package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestElasticsearch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded node is supervised: killed with {@code kill -9}, it is started again on
 * the same port and data, and the application returns to full mode and catches up from
 * the outbox by itself, without a restart of the application.
 */
@PostgresTest
class SupervisedNodeIT {

	@Autowired
	SearchService search;

	@Autowired
	TestData testData;

	boolean found(String text, String registrationNumber, SearchMode mode) {
		SearchResults results = search.search(SearchQuery.of(text));
		return results.mode() == mode
				&& results.hits().stream().map(SearchHit::registrationNumber).anyMatch(registrationNumber::equals);
	}

	@Test
	@DisplayName("A killed node is restarted with back-off; entries published meanwhile become searchable and "
			+ "earlier ones are still there")
	void restartsAKilledNode() {
		TestElasticsearch.proxy();
		EmbeddedElasticsearch node = EmbeddedElasticsearch.sharedIfRunning().orElseThrow();
		node.awaitReady();
		int restartsBefore = node.restarts();
		TestUser provider = testData.provider();
		String unique = Long.toString(System.nanoTime(), 36);
		String before = testData.publish(provider, testData.sampleEntry("Supervised Before " + unique));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> found("Supervised Before " + unique, before, SearchMode.FULL));

		// kill -9, the whole process tree, as a crash or the OOM killer would
		node.processes().forEach(ProcessHandle::destroyForcibly);
		await().atMost(Duration.ofSeconds(30)).until(() -> !node.isReady());

		String during = testData.publish(provider, testData.sampleEntry("Supervised During " + unique));
		assertThat(search.search(SearchQuery.of("Supervised During " + unique)).mode())
			.as("searches answer from the database meanwhile")
			.isEqualTo(SearchMode.REDUCED);

		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(node::isReady);
		assertThat(node.restarts()).isEqualTo(restartsBefore + 1);
		assertThat(node.isRunning()).isTrue();
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> found("Supervised During " + unique, during, SearchMode.FULL));
		assertThat(found("Supervised Before " + unique, before, SearchMode.FULL)).as("the restarted node kept its data")
			.isTrue();
	}

}
