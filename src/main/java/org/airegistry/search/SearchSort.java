package org.airegistry.search;

import java.util.Locale;
import java.util.Optional;

/** Order of search results. */
public enum SearchSort {

	/** Best match first; newest first for a blank query. */
	RELEVANCE,
	/** Most recently published first. */
	NEWEST,
	/** By trade name, A to Z. */
	NAME;

	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<SearchSort> fromParameter(String value) {
		for (SearchSort sort : values()) {
			if (sort.parameter().equalsIgnoreCase(value.strip())) {
				return Optional.of(sort);
			}
		}
		return Optional.empty();
	}

}
