package org.airegistry.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param hits the hits of the requested page, best first (newest first for a blank query)
 * @param total how many entries match in all; in {@link SearchMode#REDUCED} mode at least
 * this many (the database search is capped)
 * @param mode whether the search index or the database answered
 */
public record SearchResults(List<SearchHit> hits, long total, SearchMode mode) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	public boolean isReduced() {
		return mode == SearchMode.REDUCED;
	}

}
