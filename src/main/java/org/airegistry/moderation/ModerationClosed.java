package org.airegistry.moderation;

import org.airegistry.shared.DomainEvent;

/**
 * A regulator lifted a flag or a suspension, or closed a correction request.
 *
 * @param registrationNumber the entry
 * @param kind what was closed
 * @param notice its notice
 */
public record ModerationClosed(String registrationNumber, ModerationKind kind, String notice) implements DomainEvent {
}
