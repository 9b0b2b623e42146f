package org.airegistry.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of search results.
 *
 * @param hits the hits of the requested page, best first (newest first for a blank query)
 * @param total how many entries match in all; in {@link SearchMode#REDUCED} mode at least
 * this many (the database search is capped)
 * @param mode whether the search index or the database answered
 * @param facets per facet, its values with counts under the other facets' filters (empty
 * in reduced mode)
 * @param didYouMean a corrected query text when the query found nothing and the index
 * knows similar words
 */
public record SearchResults(List<SearchHit> hits, long total, SearchMode mode, Map<Facet, List<FacetValue>> facets,
		Optional<String> didYouMean) {

	public SearchResults {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

	public SearchResults(List<SearchHit> hits, long total, SearchMode mode) {
		this(hits, total, mode, Map.of(), Optional.empty());
	}

	public boolean isReduced() {
		return mode == SearchMode.REDUCED;
	}

	/** The values of a facet with their counts (empty when not counted). */
	public List<FacetValue> facet(Facet facet) {
		return facets.getOrDefault(facet, List.of());
	}

}
