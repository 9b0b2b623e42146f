package org.airegistry.gpai;

import org.jspecify.annotations.Nullable;

/**
 * A model page opened for editing by its provider.
 *
 * @param lockVersion optimistic-locking version; pass it back when saving
 */
public record GpaiModelDraft(GpaiModelId id, long lockVersion, GpaiModelData data, @Nullable Integer publishedVersion,
		boolean draftChanged) {

}
