package org.airegistry.opendata.api;

/** A request parameter has a value the API cannot use: answered with 400. */
class InvalidParameterException extends RuntimeException {

	private final String parameter;

	InvalidParameterException(String parameter, String detail) {
		super(detail);
		this.parameter = parameter;
	}

	String parameter() {
		return parameter;
	}

}
