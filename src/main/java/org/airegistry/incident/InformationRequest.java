package org.airegistry.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An authority's request for information, answered by the reporter's next version.
 *
 * @param dueOn by when the authority expects the answer, if it said
 * @param answeredVersion the version that answered it
 */
public record InformationRequest(UUID id, UUID handling, String text, @Nullable LocalDate dueOn, Instant requestedAt,
		@Nullable Instant answeredAt, @Nullable Integer answeredVersion) {

	public boolean open() {
		return answeredAt == null;
	}

}
