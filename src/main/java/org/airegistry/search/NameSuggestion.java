package org.airegistry.search;

/**
 * A name offered while typing.
 *
 * @param text the system or organisation name
 * @param kind what the name is
 */
public record NameSuggestion(String text, Kind kind) {

	public enum Kind {

		SYSTEM, ORGANISATION

	}

}
