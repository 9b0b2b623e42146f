package org.airegistry.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every bounded free text of the registry follows, reported as
 * {@link FieldError}s with the shared messages: a maximum length and no invisible control
 * characters (line breaks and tabs are fine).
 */
public final class TextChecks {

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	private TextChecks() {
	}

	/** Adds the problems of a text that may be at most {@code max} characters long. */
	public static void check(List<FieldError> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.add(new FieldError(field, "validation.tooLong", max, value.length()));
		}
		if (CONTROL_CHARACTERS.matcher(value).find()) {
			problems.add(new FieldError(field, "validation.controlCharacters"));
		}
	}

	/** Adds a "required" problem when the text is empty. */
	public static void required(List<FieldError> problems, String field, String value) {
		if (value.isBlank()) {
			problems.add(new FieldError(field, "validation.required"));
		}
	}

	/** The text without surrounding white space; empty for {@code null}. */
	public static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}
