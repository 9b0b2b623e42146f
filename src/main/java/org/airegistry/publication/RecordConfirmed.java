package org.airegistry.publication;

import org.airegistry.shared.DomainEvent;

/**
 * The kernel's typed event: the owner confirmed with one click that its published record
 * is still accurate (issue 21, freshness). No version is made; the audit trail records it
 * in the confirmation's transaction.
 *
 * @param subjectType what was confirmed, e.g. {@code ai-system}
 * @param subjectId which record, as the public and the authorities name it
 * @param legalReference the article the registration fulfils
 * @param version the published version confirmed as current
 */
public record RecordConfirmed(String subjectType, String subjectId, String legalReference,
		int version) implements DomainEvent {
}
