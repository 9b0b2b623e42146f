package org.airegistry.search.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The metrics follow the definitions of Elasticsearch's {@code _rank_eval}. */
class RankMetricsTest {

	@Test
	@DisplayName("nDCG: the example of Elasticsearch's documentation (grades 3,2,3,0,1,2 → DCG 13.848)")
	void ndcgLikeElasticsearch() {
		List<String> hits = List.of("a", "b", "c", "d", "e", "f");
		Map<String, Integer> ratings = Map.of("a", 3, "b", 2, "c", 3, "d", 0, "e", 1, "f", 2);
		// ideal order 3,3,2,2,1,0: DCG 7 + 4.417 + 1.5 + 1.292 + 0.387 = 14.595
		assertThat(RankMetrics.ndcg(hits, ratings, 6)).isCloseTo(13.848 / 14.595, within(0.001));
		assertThat(RankMetrics.ndcg(List.of("a", "c", "b", "f", "e"), ratings, 6)).isCloseTo(1.0, within(1e-9));
	}

	@Test
	@DisplayName("Recall counts relevant hits in the top k against all relevant; precision against the hits shown")
	void recallAndPrecision() {
		Map<String, Integer> ratings = Map.of("a", 3, "b", 1, "c", 2);
		List<String> hits = List.of("x", "a", "y", "b");

		assertThat(RankMetrics.recall(hits, ratings, 10)).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(RankMetrics.precision(hits, ratings, 5)).isCloseTo(0.5, within(1e-9));
		assertThat(RankMetrics.precision(List.of(), ratings, 5)).isZero();
		assertThat(RankMetrics.ndcg(hits, Map.of(), 10)).isZero();
	}

}
