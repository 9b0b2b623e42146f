package org.airegistry.registry;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An entry as listed in its provider's workspace.
 *
 * @param registrationNumber given at the first publication; {@code null} before
 * @param publishedVersion latest public version, or {@code null} while never published
 * @param draftChanged whether the draft holds changes not yet published
 * @param restricted whether the published entry sits in the non-public section (Art
 * 49(4)), so it has no public page
 */
public record WorkspaceEntry(AiSystemId id, @Nullable String registrationNumber, String tradeName,
		@Nullable Integer publishedVersion, boolean draftChanged, Instant updatedAt, boolean restricted) {

	public boolean isPublished() {
		return publishedVersion != null;
	}

}
