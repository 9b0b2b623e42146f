package org.airegistry.moderation;

import org.airegistry.shared.DomainEvent;

/**
 * The provider answered a report (accepted or rejected it).
 *
 * @param registrationNumber the entry
 * @param reference the report's reference
 * @param outcome the answer
 */
public record ReportAnswered(String registrationNumber, String reference, ReportStatus outcome) implements DomainEvent {
}
