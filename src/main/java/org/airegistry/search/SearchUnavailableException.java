package org.airegistry.search;

/** The search index cannot be reached or refused an operation. */
public class SearchUnavailableException extends RuntimeException {

	public SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
