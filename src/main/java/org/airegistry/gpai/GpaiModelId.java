package org.airegistry.gpai;

import java.util.Optional;
import java.util.UUID;

import org.airegistry.publication.RecordId;

/** Identifies a GPAI model page; also its public URL segment. */
public record GpaiModelId(UUID value) implements RecordId {

	public static GpaiModelId random() {
		return new GpaiModelId(UUID.randomUUID());
	}

	/** Parses the URL segment; empty when it is not an id. */
	public static Optional<GpaiModelId> parse(String text) {
		try {
			return Optional.of(new GpaiModelId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
