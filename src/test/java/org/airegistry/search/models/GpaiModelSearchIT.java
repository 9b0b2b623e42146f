package org.airegistry.search.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.publication.Draft;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiSamples;
import org.airegistry.gpai.GpaiService;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.gpai.PublicModel;
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
 * The GPAI model search on the real Elasticsearch node and PostgreSQL: models published
 * through the service are indexed from the outbox, found with typos, counted per facet;
 * an older version never overwrites a newer document; an outage falls back to the
 * database.
 */
@PostgresTest
class GpaiModelSearchIT {

	@Autowired
	TestData testData;

	@Autowired
	GpaiService service;

	@Autowired
	GpaiQueries queries;

	@Autowired
	GpaiModelIndexer indexer;

	@Autowired
	ElasticsearchModelSearch index;

	final SwitchableTcpProxy proxy = TestElasticsearch.proxy();

	@AfterEach
	void restore() {
		proxy.on();
	}

	/** A made-up word no other test uses, e.g. {@code kestrelqmvzt}. */
	static String uniqueWord() {
		Random random = new Random();
		StringBuilder word = new StringBuilder("kestrel");
		for (int i = 0; i < 5; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	GpaiModelId publish(TestUser provider, GpaiModelData data) {
		return testData.as(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> draft = service.createDraft(data);
			service.publish(draft.id(), draft.lockVersion(), "");
			return draft.id();
		});
	}

	List<GpaiModelId> ids(ModelSearch.Results results) {
		return results.hits().stream().map(PublicModel::id).toList();
	}

	ModelSearch text(String text) {
		return new ModelSearch(text, null, null, null, null);
	}

	void awaitIndexed(String text, int count) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertThat(index.search(text(text)).orElseThrow().ids()).hasSize(count));
	}

	@Test
	@DisplayName("Art 53–55: published models are searchable in Elasticsearch, with typos, and the systemic-risk "
			+ "facet (Art 51) counts with the other filters applied")
	void searchableWithTyposAndFacets() {
		TestUser provider = testData.provider();
		String word = uniqueWord();
		GpaiModelId lexicon = publish(provider, GpaiSamples.complete("Lexicon " + word));
		GpaiModelId atlas = publish(provider, GpaiSamples.systemic("Atlas " + word));
		GpaiModelId other = publish(provider, GpaiSamples.complete("Quokka Coder " + uniqueWord()));
		awaitIndexed(word, 2);

		ModelSearch.Results found = queries.search(text(word));
		assertThat(found.reduced()).isFalse();
		assertThat(ids(found)).containsExactlyInAnyOrder(lexicon, atlas).doesNotContain(other);

		// two letters swapped: the index finds both, plain substring matching finds none
		String typo = word.substring(0, 2) + word.charAt(3) + word.charAt(2) + word.substring(4);
		assertThat(ids(queries.search(text(typo)))).containsExactlyInAnyOrder(lexicon, atlas);
		assertThat(text(typo).apply(queries.published(GpaiQueries.MAX_MODELS)).hits()).isEmpty();

		ModelSearch.Results systemic = queries.search(new ModelSearch(word, null, null, null, true));
		assertThat(ids(systemic)).containsExactly(atlas);
		// the systemic-risk facet ignores its own filter, the text still applies
		assertThat(systemic.systemicRisk()).containsEntry(true, 1L).containsEntry(false, 1L);
		assertThat(systemic.openSource().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1L);
	}

	@Test
	@DisplayName("Art 53(1)(d): an older version's event never replaces the newer version in the index")
	void olderVersionDoesNotOverwrite() throws Exception {
		TestUser provider = testData.provider();
		String first = uniqueWord();
		String second = uniqueWord();
		GpaiModelId id = publish(provider, GpaiSamples.complete("Versioned " + first));
		awaitIndexed(first, 1);
		testData.run(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> opened = service.open(id);
			Draft<GpaiModelId, GpaiModelData> saved = service.saveDraft(id, opened.lockVersion(),
					opened.data().toBuilder().name("Versioned " + second).build());
			service.publish(id, saved.lockVersion(), "Renamed");
		});
		awaitIndexed(second, 1);

		assertThat(indexer.index(id, 1)).isEqualTo(GpaiModelIndexer.Outcome.ALREADY_CURRENT);
		assertThat(indexer.index(id, 2)).isEqualTo(GpaiModelIndexer.Outcome.ALREADY_CURRENT);
		awaitIndexed(second, 1);
		assertThat(index.search(text(first)).orElseThrow().ids()).isEmpty();
	}

	@Test
	@DisplayName("Elasticsearch down: the model search answers from the database in reduced mode, never fails; "
			+ "a model published meanwhile is indexed from the outbox once it is back")
	void outageFallsBack() {
		TestUser provider = testData.provider();
		String word = uniqueWord();
		proxy.off();
		GpaiModelId id = publish(provider, GpaiSamples.complete("Outage " + word));

		ModelSearch.Results reduced = queries.search(text(word));
		assertThat(reduced.reduced()).isTrue();
		assertThat(ids(reduced)).containsExactly(id);

		proxy.on();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			ModelSearch.Results full = queries.search(text(word));
			assertThat(full.reduced()).isFalse();
			assertThat(ids(full)).containsExactly(id);
		});
	}

	@Test
	@DisplayName("Art 53: the model search pages through every hit (from/size, exact total, no cap) and marks "
			+ "the matched words in escaped snippets; the database fallback pages too")
	void pagesAndHighlights() {
		TestUser provider = testData.provider();
		String word = uniqueWord();
		List<GpaiModelId> published = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			published.add(publish(provider,
					GpaiSamples.complete("Paged " + i + " " + word)
						.toBuilder()
						.intendedTasks("Summarising <script>x</script> " + word + " reports, number " + i)
						.build()));
		}
		awaitIndexed(word, 5);

		ModelSearch.Results first = queries.search(text(word).page(0, 2));
		ModelSearch.Results third = queries.search(text(word).page(4, 2));
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.hits()).hasSize(2);
		assertThat(third.hits()).hasSize(1);
		List<GpaiModelId> seen = new java.util.ArrayList<>(ids(first));
		seen.addAll(ids(queries.search(text(word).page(2, 2))));
		seen.addAll(ids(third));
		assertThat(seen).containsExactlyInAnyOrderElementsOf(published);

		String snippet = first.snippets().get(first.hits().getFirst().id());
		assertThat(snippet).contains("<mark>" + word + "</mark>").contains("&lt;script&gt;").doesNotContain("<script>");

		proxy.off();
		ModelSearch.Results reduced = queries.search(text(word).page(4, 2));
		assertThat(reduced.reduced()).isTrue();
		assertThat(reduced.total()).isEqualTo(5);
		assertThat(reduced.hits()).hasSize(1);
	}

}
