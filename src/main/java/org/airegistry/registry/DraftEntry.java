package org.airegistry.registry;

import org.jspecify.annotations.Nullable;

/**
 * An entry opened for editing by its provider.
 *
 * @param lockVersion optimistic-locking version; pass it back when saving
 */
public record DraftEntry(AiSystemId id, String registrationNumber, long lockVersion, EntryData data,
		@Nullable Integer publishedVersion, boolean draftChanged) {

}
