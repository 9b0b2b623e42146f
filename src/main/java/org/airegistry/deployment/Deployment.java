package org.airegistry.deployment;

import java.time.Instant;

import org.airegistry.registry.EntryStatus;
import org.jspecify.annotations.Nullable;

/**
 * A deployer registration as its own organisation sees it in the workspace.
 *
 * @param id the registration
 * @param providerRegistrationNumber the provider's entry (C.3)
 * @param systemName the trade name of the provider's system (latest version)
 * @param restricted whether the provider's entry is in the non-public section (Art 49(4))
 * @param data the working copy
 * @param publishedVersion the latest public version, if published
 * @param draftChanged whether the working copy differs from the latest public version
 * @param providerStatus the provider's status (A.7) as last seen
 * @param updatedAt when the working copy last changed
 * @param lockVersion optimistic-locking version; pass it back when saving
 */
public record Deployment(DeploymentId id, String providerRegistrationNumber, String systemName, boolean restricted,
		DeploymentData data, @Nullable Integer publishedVersion, boolean draftChanged,
		@Nullable EntryStatus providerStatus, Instant updatedAt, long lockVersion) {

	public boolean isPublished() {
		return publishedVersion != null;
	}

}
