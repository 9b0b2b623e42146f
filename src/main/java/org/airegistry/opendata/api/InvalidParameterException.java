package org.airegistry.opendata.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A request parameter has a value the API cannot use: answered with 400. */
class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final @Nullable String value;

	private final List<String> allowed;

	InvalidParameterException(String parameter, String detail) {
		this(parameter, detail, null, List.of());
	}

	private InvalidParameterException(String parameter, String detail, @Nullable String value, List<String> allowed) {
		super(detail);
		this.parameter = parameter;
		this.value = value;
		this.allowed = List.copyOf(allowed);
	}

	/**
	 * A value an enumerated parameter does not take: the problem names the parameter and
	 * every value it takes, in the client's language ({@link ApiProblems}).
	 */
	static InvalidParameterException unknownValue(String parameter, String value, List<String> allowed) {
		return new InvalidParameterException(parameter,
				"Parameter '" + parameter + "' takes one of " + String.join(", ", allowed) + ", not '" + value + "'.",
				value, allowed);
	}

	String parameter() {
		return parameter;
	}

	/** The refused value of an enumerated parameter; null for other invalid values. */
	@Nullable String value() {
		return value;
	}

	/** Every value the parameter takes, when it takes a fixed set; else empty. */
	List<String> allowed() {
		return allowed;
	}

}
