package org.airegistry.moderation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One moderation action of the regulator on a public entry; open while {@code closedAt}
 * is null.
 */
public record ModerationAction(UUID id, String registrationNumber, ModerationKind kind, String notice,
		@Nullable LocalDate dueDate, Instant createdAt, @Nullable Instant closedAt) {

	public boolean isOpen() {
		return closedAt == null;
	}

	/** An open correction request past its due date. */
	public boolean isOverdue(LocalDate today) {
		return isOpen() && dueDate != null && today.isAfter(dueDate);
	}

}
