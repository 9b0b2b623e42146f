package org.airegistry.deployment;

import java.time.Instant;

import org.airegistry.shared.OrganisationId;

/**
 * A deployer that registered its use of a system, as listed on the system's public page
 * and offered to search facets.
 *
 * @param deploymentId the public registration
 * @param deployerId the deployer organisation
 * @param deployerName the deployer's legal name
 * @param friaSummary the summary of its fundamental-rights impact assessment (C.4)
 * @param publishedAt when the registration's latest public version was published
 */
public record DeployerOfSystem(DeploymentId deploymentId, OrganisationId deployerId, String deployerName,
		String friaSummary, Instant publishedAt) {

	public boolean hasFriaSummary() {
		return !friaSummary.isBlank();
	}

}
