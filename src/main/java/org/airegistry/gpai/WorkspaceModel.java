package org.airegistry.gpai;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of a provider's list of model pages. */
public record WorkspaceModel(GpaiModelId id, String name, @Nullable Integer publishedVersion, boolean draftChanged,
		Instant updatedAt) {

}
