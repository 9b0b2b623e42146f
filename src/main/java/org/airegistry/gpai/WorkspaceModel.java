package org.airegistry.gpai;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One line of a provider's list of model pages. */
public record WorkspaceModel(GpaiModelId id, String name, @Nullable Integer publishedVersion, boolean draftChanged,
		OffsetDateTime updatedAt) {

}
