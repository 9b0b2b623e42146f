package org.airegistry.registry;

import org.airegistry.shared.DomainEvent;

/**
 * A version of an AI system entry became public. Published in the same transaction as the
 * version itself (the outbox); the search index and notifications react to it after
 * commit.
 *
 * @param id the entry
 * @param version the version number that is now the latest public one
 */
public record EntryPublished(AiSystemId id, int version) implements DomainEvent {

}
