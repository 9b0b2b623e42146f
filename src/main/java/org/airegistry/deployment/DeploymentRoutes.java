package org.airegistry.deployment;

import org.airegistry.shared.OrganisationId;

/** Public addresses of deployer pages, for links from other modules. */
public final class DeploymentRoutes {

	private DeploymentRoutes() {
	}

	/** Permalink of a registration's latest public version. */
	public static String permalink(DeploymentId id) {
		return "deployments/" + id.value();
	}

	public static String versionPermalink(DeploymentId id, int version) {
		return permalink(id) + "/versions/" + version;
	}

	/** A deployer organisation's public page. */
	public static String deployer(OrganisationId id) {
		return "deployers/" + id.value();
	}

}
