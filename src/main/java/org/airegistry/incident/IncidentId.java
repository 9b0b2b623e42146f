package org.airegistry.incident;

import java.util.Objects;
import java.util.UUID;

import org.airegistry.publication.RecordId;

/** Identifies one serious-incident report across all its versions. */
public record IncidentId(UUID value) implements RecordId {

	public IncidentId {
		Objects.requireNonNull(value, "value");
	}

	public static IncidentId random() {
		return new IncidentId(UUID.randomUUID());
	}

	/** Parses the text form; empty for anything that is not an id. */
	public static java.util.Optional<IncidentId> parse(String text) {
		try {
			return java.util.Optional.of(new IncidentId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
