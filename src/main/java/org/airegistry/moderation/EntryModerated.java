package org.airegistry.moderation;

import org.airegistry.shared.DomainEvent;

import org.airegistry.registry.AiSystemId;

/**
 * An entry was suspended from public view or the suspension was lifted: public channels
 * (the search index) bring themselves up to date.
 */
public record EntryModerated(AiSystemId id, String registrationNumber, boolean suspended) implements DomainEvent {
}
