package org.airegistry.registry;

import org.airegistry.shared.DomainEvent;

/**
 * A provider started a new entry (a draft without registration number).
 *
 * @param id the entry
 */
public record EntryCreated(AiSystemId id) implements DomainEvent {
}
