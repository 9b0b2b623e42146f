package org.airegistry.moderation;

import java.time.LocalDate;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A regulator flagged an entry, requested a correction or suspended it.
 *
 * @param registrationNumber the entry
 * @param provider its provider
 * @param kind flag, correction request or suspension
 * @param notice the public notice
 * @param dueDate the due date of a correction request
 */
public record ModerationOpened(String registrationNumber, OrganisationId provider, ModerationKind kind, String notice,
		@Nullable LocalDate dueDate) implements DomainEvent {
}
