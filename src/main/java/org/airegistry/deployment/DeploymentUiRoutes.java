package org.airegistry.deployment;

/** Addresses of the logged-in deployment pages, used in mails. */
public final class DeploymentUiRoutes {

	/** Where providers read the notices deployers sent them. */
	public static final String PROVIDER_NOTICES = "workspace/notices";

	/** The deployer's workspace. */
	public static final String MY_DEPLOYMENTS = "my-deployments";

	private DeploymentUiRoutes() {
	}

}
