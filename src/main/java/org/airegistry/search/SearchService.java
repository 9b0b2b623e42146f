package org.airegistry.search;

import java.util.List;

/**
 * Public search over published entries. Never fails because the search index is down: it
 * then answers from the database in {@link SearchMode#REDUCED} mode.
 */
public interface SearchService {

	/**
	 * Searches trade names, provider names and intended purposes, tolerating typos. Never
	 * throws because Elasticsearch is unreachable.
	 */
	SearchResults search(SearchQuery query);

	/**
	 * Like {@link #search}, without counting facet values: the same hits, total, mode and
	 * "did you mean", {@link SearchResults#facets()} empty. For callers that show no
	 * facet counts (the open data API's search), so that the index does not count them.
	 */
	SearchResults searchWithoutFacets(SearchQuery query);

	/**
	 * Names of systems and organisations starting with what the user typed (typos
	 * tolerated), for autocomplete. Empty when the index cannot be reached.
	 * @param prefix what the user typed so far
	 * @param limit at most this many names
	 */
	List<NameSuggestion> suggestNames(String prefix, int limit);

	/**
	 * Published entries like the given one: a similar intended purpose (more-like-this
	 * over its words, stems and concepts) and the same Annex III point; never the entry
	 * itself. Empty when the index cannot be reached or the entry is not public.
	 * @param registrationNumber the entry whose neighbours are wanted
	 * @param limit at most this many
	 */
	List<SearchHit> similar(String registrationNumber, int limit);

	/**
	 * Number of entries in the search index.
	 * @throws SearchUnavailableException when the index cannot be reached
	 */
	long indexedCount();

	/**
	 * Rebuilds the search index from the database into a new index and switches searches
	 * to it atomically; the previous index is kept.
	 * @throws SearchUnavailableException when the index cannot be reached
	 */
	void reindexAll();

}
