package org.airegistry.search;

/** A search parameter from a URL or API call has a value the search does not know. */
public class InvalidSearchParameterException extends RuntimeException {

	private final String parameter;

	public InvalidSearchParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/** The offending query parameter's name. */
	public String parameter() {
		return parameter;
	}

}
