package org.airegistry.registry;

import org.jspecify.annotations.Nullable;

/**
 * An entry opened for editing by its provider.
 *
 * @param registrationNumber given at the first publication; {@code null} before
 * @param lockVersion optimistic-locking version; pass it back when saving
 */
public record DraftEntry(AiSystemId id, @Nullable String registrationNumber, long lockVersion, EntryData data,
		@Nullable Integer publishedVersion, boolean draftChanged) {

}
