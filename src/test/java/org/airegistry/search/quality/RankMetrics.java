package org.airegistry.search.quality;

import java.util.List;
import java.util.Map;

/**
 * The ranking metrics of Elasticsearch's ranking evaluation API ({@code _rank_eval}),
 * computed the same way for nodes without its module: nDCG@k with gain 2^grade − 1 and
 * log2 discount (metric {@code dcg} with {@code normalize: true}), recall@k
 * ({@code recall}, relevant = grade ≥ 1) and precision@k ({@code precision}, unrated hits
 * count as irrelevant, divided by the hits returned up to k).
 */
final class RankMetrics {

	private RankMetrics() {
	}

	static double ndcg(List<String> hits, Map<String, Integer> ratings, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, hits.size()); i++) {
			dcg += gain(ratings.getOrDefault(hits.get(i), 0)) / log2(i + 2);
		}
		List<Integer> ideal = ratings.values().stream().sorted((a, b) -> b - a).limit(k).toList();
		double idcg = 0;
		for (int i = 0; i < ideal.size(); i++) {
			idcg += gain(ideal.get(i)) / log2(i + 2);
		}
		return idcg == 0 ? 0 : dcg / idcg;
	}

	static double recall(List<String> hits, Map<String, Integer> ratings, int k) {
		long relevant = ratings.values().stream().filter(grade -> grade >= 1).count();
		if (relevant == 0) {
			return 0;
		}
		long found = hits.stream().limit(k).filter(hit -> ratings.getOrDefault(hit, 0) >= 1).count();
		return (double) found / relevant;
	}

	static double precision(List<String> hits, Map<String, Integer> ratings, int k) {
		List<String> top = hits.stream().limit(k).toList();
		if (top.isEmpty()) {
			return 0;
		}
		long relevant = top.stream().filter(hit -> ratings.getOrDefault(hit, 0) >= 1).count();
		return (double) relevant / top.size();
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
