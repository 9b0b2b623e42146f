package org.airegistry.gpai;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A search index over the latest published model versions, provided by the search module
 * (Elasticsearch). {@link GpaiQueries#search} uses it when present and falls back to
 * filtering the database's latest versions in memory when it answers empty.
 */
public interface ModelSearchIndex {

	/**
	 * The matching models, best first, and the facet counts (each facet counted with the
	 * other facets' filters applied); empty when the index cannot be reached.
	 */
	Optional<Hits> search(ModelSearch search);

	/**
	 * What the index found; the models themselves are read from the database.
	 *
	 * @param ids the requested page, best first
	 * @param total how many models match in all
	 * @param snippets highlighted HTML excerpts by model (escaped, matches in
	 * {@code <mark>})
	 */
	record Hits(List<GpaiModelId> ids, long total, Map<GpaiModelId, String> snippets, Map<ModelType, Long> modelTypes,
			Map<Modality, Long> modalities, Map<Boolean, Long> openSource, Map<Boolean, Long> systemicRisk) {

	}

}
