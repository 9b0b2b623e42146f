package org.airegistry.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for every free-text input (forms through their services, the API's
 * parameters, imports): text is stored exactly as typed or refused with a field message,
 * never silently changed. Refused are control characters other than tab, line feed and
 * carriage return (C0, DEL and C1: NUL breaks PostgreSQL, ESC and BEL garble terminals
 * and logs) and unpaired UTF-16 surrogates (half of an emoji: they have no UTF-8 form, so
 * the database would store a {@code ?} instead). Other Unicode (right-to-left marks,
 * zero-width characters, emoji) is text and is kept; pages, JSON, CSV and Atom escape it
 * when they render it.
 */
public final class FreeText {

	/** Message key: the text contains an invisible control character. */
	public static final String CONTROL_CHARACTERS = "validation.controlCharacters";

	/** Message key: the text contains half of a character (an unpaired surrogate). */
	public static final String BROKEN_CHARACTERS = "validation.brokenCharacters";

	private FreeText() {
	}

	/**
	 * The message key of what is wrong with the text, or {@code null} when it may be
	 * stored.
	 */
	public static @Nullable String problem(@Nullable String text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return CONTROL_CHARACTERS;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return BROKEN_CHARACTERS;
			}
		}
		return null;
	}

	/** Whether the text may be stored as it is. */
	public static boolean isClean(@Nullable String text) {
		return problem(text) == null;
	}

	/** Adds the field's problem, if its text breaks the rule. */
	public static void check(List<FieldError> problems, String field, @Nullable String text) {
		String key = problem(text);
		if (key != null) {
			problems.add(new FieldError(field, key));
		}
	}

}
