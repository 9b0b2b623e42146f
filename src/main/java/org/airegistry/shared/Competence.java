package org.airegistry.shared;

/**
 * What an authority user is competent for, within the jurisdiction of their authority (a
 * Member State, or the Union for the AI Office). Spring Security sees each competence as
 * a role ({@code ROLE_COMPETENCE_…}), so views can require one with
 * {@code @RolesAllowed(Competence.Names.…)} and services with
 * {@code hasRole(Competence.Names.…)}.
 */
public enum Competence {

	/**
	 * Reading the non-public section of the database: the Commission and the authorities
	 * of Art 74(8) (Art 49(4)).
	 */
	RESTRICTED_SECTION("Art 49(4), Art 74(8)"),
	/**
	 * Receiving deployers' notifications of fundamental rights impact assessments (Art
	 * 27(3)).
	 */
	FRIA_NOTIFICATIONS("Art 27(3)"),
	/** Handling complaints to the market surveillance authority (Art 85). */
	COMPLAINTS("Art 85"),
	/** Handling reports of serious incidents (Art 73). */
	SERIOUS_INCIDENTS("Art 73"),
	/** Approving and supervising testing in real-world conditions (Art 60). */
	REAL_WORLD_TESTING("Art 60"),
	/**
	 * General-purpose AI models: designation, Annex XI documentation (Art 51–55; the AI
	 * Office).
	 */
	GPAI("Art 51-55, Art 88");

	private final String legalBasis;

	Competence(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	/** The articles the competence rests on, e.g. {@code Art 85}. */
	public String legalBasis() {
		return legalBasis;
	}

	/**
	 * The role name ({@code COMPETENCE_…}, without Spring's {@code ROLE_} prefix).
	 */
	public String roleName() {
		return "COMPETENCE_" + name();
	}

	/** The granted authority ({@code ROLE_COMPETENCE_…}). */
	public String authority() {
		return "ROLE_" + roleName();
	}

	/** Constants usable in annotations such as {@code @RolesAllowed}. */
	public static final class Names {

		public static final String RESTRICTED_SECTION = "COMPETENCE_RESTRICTED_SECTION";

		public static final String FRIA_NOTIFICATIONS = "COMPETENCE_FRIA_NOTIFICATIONS";

		public static final String COMPLAINTS = "COMPETENCE_COMPLAINTS";

		public static final String SERIOUS_INCIDENTS = "COMPETENCE_SERIOUS_INCIDENTS";

		public static final String REAL_WORLD_TESTING = "COMPETENCE_REAL_WORLD_TESTING";

		public static final String GPAI = "COMPETENCE_GPAI";

		private Names() {
		}

	}

}
