package org.airegistry.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.search.embedded.EmbeddedElasticsearch;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fault drill: the Elasticsearch node hangs. Its processes are frozen with
 * {@code kill -STOP}: the node still accepts connections (the kernel completes the
 * handshake) but never answers, which a refused connection does not show. Every search
 * answers within its bounds from the database (reduced mode), also with more searches at
 * once than the client has connections, publishing goes on, and after {@code kill -CONT}
 * the portal returns to full mode by itself (DD058). The bounds are generous (the
 * client's timeout is 5 s); without them a search waited for as long as the node hung.
 */
@PostgresTest
class HungSearchNodeDrillIT {

	/** Far above the 5 s the client waits, far below "as long as the node hangs". */
	static final Duration BOUND = Duration.ofSeconds(40);

	@Autowired
	SearchService search;

	@Autowired
	TestData testData;

	final List<ProcessHandle> frozen = new ArrayList<>();

	@AfterEach
	void thaw() throws Exception {
		signal("CONT", frozen);
		frozen.clear();
	}

	static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
		for (ProcessHandle process : processes) {
			new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
		}
	}

	SearchResults searchFor(String word) {
		return search.search(new SearchQuery(word, 0, 20));
	}

	@Test
	@DisplayName("A frozen Elasticsearch node: every search answers from the database within bounds, publishing goes on, "
			+ "full mode returns by itself after the node thaws")
	void frozenNode() throws Exception {
		TestElasticsearch.proxy();
		EmbeddedElasticsearch node = EmbeddedElasticsearch.sharedIfRunning().orElseThrow();
		TestUser provider = testData.provider();
		String word = TestData.uniqueWord("Frozen");
		String before = testData.publish(provider, testData.sampleEntry(word + " Drill System"));
		await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
			SearchResults found = searchFor(word);
			assertThat(found.mode()).isEqualTo(SearchMode.FULL);
			assertThat(found.hits()).extracting(SearchHit::registrationNumber).contains(before);
		});

		frozen.addAll(node.processes());
		signal("STOP", frozen);

		SearchResults first = assertTimeoutPreemptively(BOUND, () -> searchFor(word));
		assertThat(first.mode()).isEqualTo(SearchMode.REDUCED);
		assertThat(first.hits()).extracting(SearchHit::registrationNumber).contains(before);

		// more searches at once than the client has connections to the node (10)
		List<SearchResults> many = assertTimeoutPreemptively(BOUND,
				() -> IntStream.range(0, 24)
					.mapToObj(i -> CompletableFuture.supplyAsync(() -> searchFor(word)))
					.toList()
					.stream()
					.map(CompletableFuture::join)
					.toList());
		assertThat(many).allSatisfy(results -> {
			assertThat(results.mode()).isEqualTo(SearchMode.REDUCED);
			assertThat(results.hits()).extracting(SearchHit::registrationNumber).contains(before);
		});

		String during = assertTimeoutPreemptively(BOUND,
				() -> testData.publish(provider, testData.sampleEntry(word + " Published While Frozen")));
		SearchResults reduced = assertTimeoutPreemptively(BOUND, () -> searchFor(word));
		assertThat(reduced.hits()).extracting(SearchHit::registrationNumber).contains(before, during);

		signal("CONT", frozen);
		frozen.clear();
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			SearchResults full = searchFor(word);
			assertThat(full.mode()).isEqualTo(SearchMode.FULL);
			assertThat(full.hits()).extracting(SearchHit::registrationNumber).contains(before, during);
		});
	}

}
