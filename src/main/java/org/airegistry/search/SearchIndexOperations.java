package org.airegistry.search;

/**
 * Operating the search index (regulators and administrators): its state, and a
 * zero-downtime full reindex in the background, audited.
 */
public interface SearchIndexOperations {

	/** Health, document counts and indices; never throws when Elasticsearch is down. */
	IndexStatus status();

	/**
	 * Starts a full reindex in the background unless one is running.
	 * @return whether a new reindex was started
	 */
	boolean startReindex();

	/**
	 * Concrete indices a reindex keeps, the new one included
	 * ({@code airegistry.search.reindex.keep-indices}); older ones are deleted.
	 */
	int keepIndices();

}
