package org.airegistry.moderation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;

/**
 * Someone reported an inaccuracy of a public entry (the reporter's address is not part of
 * the event).
 *
 * @param registrationNumber the entry
 * @param provider its provider
 * @param reference the report's reference
 */
public record ReportFiled(String registrationNumber, OrganisationId provider, String reference) implements DomainEvent {
}
