package org.airegistry.registry;

import org.airegistry.shared.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A provider saved the draft of an entry.
 *
 * @param id the entry
 * @param registrationNumber its registration number once published, else null
 */
public record EntryDraftSaved(AiSystemId id, @Nullable String registrationNumber) implements DomainEvent {
}
