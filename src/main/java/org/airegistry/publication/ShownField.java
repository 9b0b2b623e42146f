package org.airegistry.publication;

import org.jspecify.annotations.Nullable;

/**
 * One field of a record as people read it, in the order its annex lists it.
 *
 * @param key the field's name in the record's data (as in validation problems), e.g.
 * {@code certificate.type}
 * @param labelKey translation key of the field's label
 * @param annexKey translation key of its annex reference, or {@code null}
 * @param value the value as text in the reader's language; empty when not given
 * @param kind how the value is best shown
 */
public record ShownField(String key, String labelKey, @Nullable String annexKey, String value, Kind kind) {

	/** How a value is best shown. */
	public enum Kind {

		TEXT, MULTILINE, URL

	}

	public boolean isEmpty() {
		return value.isEmpty();
	}

	/** The same field without a value (for a field only one of two versions has). */
	public ShownField withoutValue() {
		return new ShownField(key, labelKey, annexKey, "", kind);
	}

}
