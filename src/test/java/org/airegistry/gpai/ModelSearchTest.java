package org.airegistry.gpai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The database fallback of the model search: filters, counts and pages in memory. */
class ModelSearchTest {

	static PublicModel model(GpaiModelData data) {
		return new PublicModel(GpaiModelId.random(), 1, 1, data, "Provider",
				java.time.Instant.parse("2026-11-01T00:00:00Z"), "", "0".repeat(64), "{}");
	}

	@Test
	@DisplayName("Art 53: the fallback pages its hits and still counts all of them and every facet")
	void pagesInMemory() {
		List<PublicModel> models = IntStream.range(0, 45)
			.mapToObj(i -> model(i % 3 == 0 ? GpaiSamples.systemic("Paged " + i) : GpaiSamples.complete("Paged " + i)))
			.toList();

		ModelSearch.Results third = new ModelSearch("paged", null, null, null, null, 40, 20).apply(models);
		assertThat(third.total()).isEqualTo(45);
		assertThat(third.hits()).hasSize(5).containsExactlyElementsOf(models.subList(40, 45));
		assertThat(third.systemicRisk()).containsEntry(true, 15L).containsEntry(false, 30L);
		assertThat(third.snippets()).isEmpty();

		ModelSearch.Results beyond = new ModelSearch("paged", null, null, null, true, 100, 20).apply(models);
		assertThat(beyond.total()).isEqualTo(15);
		assertThat(beyond.hits()).isEmpty();
	}

	@Test
	@DisplayName("A page is never negative nor larger than the maximum page size")
	void pageBounds() {
		ModelSearch search = new ModelSearch("", null, null, null, null, -5, 1_000_000);
		assertThat(search.offset()).isZero();
		assertThat(search.pageSize()).isEqualTo(ModelSearch.MAX_PAGE_SIZE);
		assertThat(ModelSearch.all().page(20, 20).offset()).isEqualTo(20);
	}

}
