package org.airegistry.incident;

/**
 * Which reporting period applies to an incident. For high-risk AI systems the periods of
 * Art 73(2)-(4) are law; for GPAI models with systemic risk Art 55(1)(c) says "without
 * undue delay" and the periods are those the Code of Practice (Safety and Security
 * chapter) commits its signatories to (spec §7.4). Translated as
 * {@code incident.deadline.<NAME>}.
 */
public enum DeadlineCase {

	/**
	 * A widespread infringement (Art 3(61)): immediately, at the latest 2 days (Art
	 * 73(3)).
	 */
	WIDESPREAD_INFRINGEMENT(2, "Art 73(3)", true),

	/**
	 * A serious and irreversible disruption of critical infrastructure (Art 3(49)(b)):
	 * immediately, at the latest 2 days (Art 73(3)).
	 */
	CRITICAL_INFRASTRUCTURE(2, "Art 73(3)", true),

	/** The death of a person: at the latest 10 days (Art 73(4)). */
	DEATH(10, "Art 73(4)", true),

	/** Any other serious incident: at the latest 15 days (Art 73(2)). */
	GENERAL(15, "Art 73(2)", true),

	/** GPAI: disruption of critical infrastructure, 2 days (Code of Practice). */
	GPAI_CRITICAL_INFRASTRUCTURE(2, "Art 55(1)(c)", false),

	/** GPAI: a serious cybersecurity breach, 5 days (Code of Practice). */
	GPAI_CYBERSECURITY(5, "Art 55(1)(c)", false),

	/** GPAI: the death of a person, 10 days (Code of Practice). */
	GPAI_DEATH(10, "Art 55(1)(c)", false),

	/** GPAI: other serious harm, 15 days (Code of Practice). */
	GPAI_OTHER(15, "Art 55(1)(c)", false);

	private final int days;

	private final String article;

	private final boolean law;

	DeadlineCase(int days, String article, boolean law) {
		this.days = days;
		this.article = article;
		this.law = law;
	}

	/** The longest period, in days. */
	public int days() {
		return days;
	}

	/** The article that sets it. */
	public String article() {
		return article;
	}

	/**
	 * Whether the period is set by the Act (false: a Code of Practice commitment under
	 * "without undue delay").
	 */
	public boolean law() {
		return law;
	}

	public String translationKey() {
		return "incident.deadline." + name();
	}

	/**
	 * The shortest period that applies to an incident with these facts.
	 * @param role who reports (GPAI providers report under Art 55(1)(c))
	 */
	public static DeadlineCase of(ReporterRole role, IncidentReportData facts) {
		boolean criticalInfrastructure = facts.categories().contains(HarmCategory.CRITICAL_INFRASTRUCTURE);
		if (role == ReporterRole.GPAI_PROVIDER) {
			if (criticalInfrastructure) {
				return GPAI_CRITICAL_INFRASTRUCTURE;
			}
			if (facts.cybersecurityBreach()) {
				return GPAI_CYBERSECURITY;
			}
			return facts.death() ? GPAI_DEATH : GPAI_OTHER;
		}
		if (facts.widespreadInfringement()) {
			return WIDESPREAD_INFRINGEMENT;
		}
		if (criticalInfrastructure) {
			return CRITICAL_INFRASTRUCTURE;
		}
		return facts.death() ? DEATH : GENERAL;
	}

}
