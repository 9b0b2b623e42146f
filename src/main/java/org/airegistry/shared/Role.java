package org.airegistry.shared;

/**
 * The roles a registry user can hold. Spring Security sees them with the {@code ROLE_}
 * prefix.
 */
public enum Role {

	/**
	 * Provider of an AI system (Art 3(3)); registers under Annex VIII Sections A and B.
	 */
	PROVIDER,
	/**
	 * Deployer of a high-risk AI system (Art 3(4)); registers under Annex VIII Section C.
	 */
	DEPLOYER,
	/** Market surveillance authority or registry operator staff. */
	REGULATOR,
	/** Administrator of the registry installation. */
	ADMIN,
	/**
	 * Administrator of one organisation: invites colleagues, assigns their roles and
	 * deactivates accounts, within that organisation only.
	 */
	ORG_ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Constants usable in annotations such as {@code @RolesAllowed}. */
	public static final class Names {

		public static final String PROVIDER = "PROVIDER";

		public static final String DEPLOYER = "DEPLOYER";

		public static final String REGULATOR = "REGULATOR";

		public static final String ADMIN = "ADMIN";

		public static final String ORG_ADMIN = "ORG_ADMIN";

		private Names() {
		}

	}

}
