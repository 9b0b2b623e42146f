package org.airegistry.deployment;

import java.util.UUID;

import org.airegistry.shared.DomainEvent;

/**
 * The market surveillance authority acknowledged receipt of a FRIA notification (Art
 * 27(3)).
 *
 * @param notificationId the notification
 * @param first whether this was the first acknowledgement (a second one changes nothing)
 */
public record FriaAcknowledged(UUID notificationId, boolean first) implements DomainEvent {
}
