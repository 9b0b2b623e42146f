package org.airegistry.search;

/** How a search was answered. */
public enum SearchMode {

	/** By the search index: relevance ranking, typo tolerance, highlighting. */
	FULL,

	/**
	 * By the database while the search index is unreachable: plain substring matching,
	 * newest first. The portal shows a notice.
	 */
	REDUCED

}
