package org.airegistry.search;

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
