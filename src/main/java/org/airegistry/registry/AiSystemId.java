package org.airegistry.registry;

import java.util.Objects;
import java.util.UUID;

import org.airegistry.publication.RecordId;

/** Identifies one AI system entry across all its versions. */
public record AiSystemId(UUID value) implements RecordId {

	public AiSystemId {
		Objects.requireNonNull(value, "value");
	}

	public static AiSystemId random() {
		return new AiSystemId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
