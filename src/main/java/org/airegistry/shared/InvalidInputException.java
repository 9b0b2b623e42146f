package org.airegistry.shared;

import java.util.List;

/** Input that breaks one or more field rules; nothing was stored. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(List<FieldError> errors) {
		super("Invalid input in fields " + errors.stream().map(FieldError::field).distinct().toList());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

}
