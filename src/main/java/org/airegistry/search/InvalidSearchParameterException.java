package org.airegistry.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A search parameter from a URL or API call has a value the search does not know. */
public class InvalidSearchParameterException extends RuntimeException {

	private final String parameter;

	private final @Nullable String value;

	private final List<String> allowed;

	public InvalidSearchParameterException(String parameter, String message) {
		this(parameter, message, null, List.of());
	}

	/**
	 * @param value the value that was refused
	 * @param allowed every value the parameter takes, when it takes a fixed set (else
	 * empty)
	 */
	public InvalidSearchParameterException(String parameter, String message, @Nullable String value,
			List<String> allowed) {
		super(message);
		this.parameter = parameter;
		this.value = value;
		this.allowed = List.copyOf(allowed);
	}

	/** The offending query parameter's name. */
	public String parameter() {
		return parameter;
	}

	/** The refused value, when known. */
	public @Nullable String value() {
		return value;
	}

	/**
	 * Every value of an enumerated parameter (e.g. {@code ms}: the Member State codes);
	 * empty for a parameter with a format instead (dates).
	 */
	public List<String> allowed() {
		return allowed;
	}

}
