package org.airegistry.deployment;

import java.time.Instant;

import org.airegistry.registry.EntryStatus;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One published version of a deployer registration as the public sees it.
 *
 * @param id the registration
 * @param deployerId the deployer organisation (C.1)
 * @param deployerName the deployer's legal name (C.1)
 * @param providerRegistrationNumber the provider's entry (C.3)
 * @param systemName the trade name of the provider's system; its registration number
 * while the public may not see the entry (e.g. suspended)
 * @param providerName the provider's legal name; empty while the public may not see the
 * entry
 * @param version this version's number
 * @param latestVersion the newest published version
 * @param data the registered content
 * @param changeSummary what the deployer said changed in this version
 * @param firstPublishedAt when version 1 was published
 * @param publishedAt when this version was published
 * @param contentSha256 SHA-256 of the version's canonical JSON
 * @param providerStatus the provider's current status (A.7), e.g. recalled
 * @param providerStatusChangedAt when the registry saw that status change
 */
public record PublicDeployment(DeploymentId id, OrganisationId deployerId, String deployerName,
		String providerRegistrationNumber, String systemName, String providerName, int version, int latestVersion,
		DeploymentData data, String changeSummary, Instant firstPublishedAt, Instant publishedAt, String contentSha256,
		@Nullable EntryStatus providerStatus, @Nullable Instant providerStatusChangedAt) {

	/**
	 * The same version with the provider's system named (from the registry's public
	 * reads; never the name of an entry the public may not see).
	 */
	public PublicDeployment named(String systemName, String providerName) {
		return new PublicDeployment(id, deployerId, deployerName, providerRegistrationNumber, systemName, providerName,
				version, latestVersion, data, changeSummary, firstPublishedAt, publishedAt, contentSha256,
				providerStatus, providerStatusChangedAt);
	}

	public boolean isLatest() {
		return version == latestVersion;
	}

	/** Whether the provider withdrew or recalled the system. */
	public boolean providerStopped() {
		return providerStatus != null && providerStatus != EntryStatus.ON_MARKET
				&& providerStatus != EntryStatus.IN_SERVICE;
	}

}
