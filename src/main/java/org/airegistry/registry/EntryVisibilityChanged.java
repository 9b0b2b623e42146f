package org.airegistry.registry;

import org.airegistry.shared.DomainEvent;

/**
 * What the public may see of an entry changed without a new version (e.g. a stricter
 * reading of Art 49(4) took its versions out of public view). Published in the same
 * transaction as the change; the search index and deployer registrations follow it.
 *
 * @param id the entry
 */
public record EntryVisibilityChanged(AiSystemId id) implements DomainEvent {

}
