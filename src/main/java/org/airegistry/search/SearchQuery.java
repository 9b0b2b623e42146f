package org.airegistry.search;

/**
 * A public search.
 *
 * @param text what the user typed; blank lists all entries, newest first
 * @param filters facet filters, combined with AND
 * @param sort order of the hits
 * @param page zero-based page number
 * @param pageSize hits per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(String text, SearchFilters filters, SearchSort sort, int page, int pageSize) {

	public static final int MAX_PAGE_SIZE = 100;

	public static final int DEFAULT_PAGE_SIZE = 20;

	/** Longer input is cut: nobody types more, and it keeps queries cheap. */
	public static final int MAX_TEXT_LENGTH = 200;

	public SearchQuery {
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_TEXT_LENGTH) {
			text = text.substring(0, MAX_TEXT_LENGTH);
		}
		filters = filters == null ? SearchFilters.NONE : filters;
		sort = sort == null ? SearchSort.RELEVANCE : sort;
		if (page < 0) {
			throw new IllegalArgumentException("page must not be negative: " + page);
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
		}
	}

	/** Text only, no filters, by relevance. */
	public SearchQuery(String text, int page, int pageSize) {
		this(text, SearchFilters.NONE, SearchSort.RELEVANCE, page, pageSize);
	}

	/** The first page of hits for the text. */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, 0, DEFAULT_PAGE_SIZE);
	}

	public boolean isBlank() {
		return text.isEmpty();
	}

	/** Index of the first hit of this page. */
	public int offset() {
		return page * pageSize;
	}

	public SearchQuery withFilters(SearchFilters value) {
		return new SearchQuery(text, value, sort, 0, pageSize);
	}

}
