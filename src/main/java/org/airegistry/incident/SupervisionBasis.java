package org.airegistry.incident;

import org.airegistry.shared.AnnexIIIPoint;
import org.jspecify.annotations.Nullable;

/**
 * Why an authority is the market surveillance authority for a high-risk AI system, and so
 * receives its serious-incident reports (Art 73(1)) and its real-world test plans (Art
 * 60(4)(a)-(b)).
 * <p>
 * Art 74(8): for the systems of Annex III point 1, "in so far as the systems are used for
 * law enforcement purposes, border management and justice and democracy", and for the
 * systems of Annex III points 6, 7 and 8, Member States designate as market surveillance
 * authority the data protection supervisory authority under Regulation (EU) 2016/679 or
 * Directive (EU) 2016/680, or another authority designated under the conditions of
 * Articles 41 to 44 of that Directive. Every other system has the market surveillance
 * authority the Member State designated under Art 70(1). The registry knows of a point-1
 * system whether it is used for law enforcement, migration, asylum or border control
 * management (the Art 49(4) question, from its registration) and, asked with the report
 * or the test plan, whether it is used for the purposes of justice and democracy (DD087).
 */
public enum SupervisionBasis {

	/** The market surveillance authority designated under Art 70(1). */
	DESIGNATED_AUTHORITY("Art 70(1)"),

	/**
	 * The data protection supervisory authority, or an authority designated under the
	 * same conditions (Art 74(8)).
	 */
	DATA_PROTECTION_AUTHORITY("Art 74(8)");

	private final String article;

	SupervisionBasis(String article) {
		this.article = article;
	}

	/** The article that makes the authority competent, e.g. {@code Art 74(8)}. */
	public String article() {
		return article;
	}

	/** Translation key of the explanation shown in the authorities' inboxes. */
	public String translationKey() {
		return "incident.supervisionBasis." + name();
	}

	/**
	 * The basis for a system of the Annex III point (none: not an Annex III system, or a
	 * GPAI model) with or without use for law enforcement, migration, asylum or border
	 * control management, not used for justice and democracy.
	 */
	public static SupervisionBasis of(@Nullable AnnexIIIPoint point, boolean lawEnforcementOrBorderUse) {
		return of(point, lawEnforcementOrBorderUse, false);
	}

	/**
	 * The basis for a system of the Annex III point (none: not an Annex III system, or a
	 * GPAI model): a point-1 system goes to the Art 74(8) authority when it is used for
	 * law enforcement or border management, or for justice and democracy.
	 */
	public static SupervisionBasis of(@Nullable AnnexIIIPoint point, boolean lawEnforcementOrBorderUse,
			boolean justiceAndDemocracyUse) {
		if (point == null) {
			return DESIGNATED_AUTHORITY;
		}
		return switch (point.area()) {
			case 1 ->
				lawEnforcementOrBorderUse || justiceAndDemocracyUse ? DATA_PROTECTION_AUTHORITY : DESIGNATED_AUTHORITY;
			case 6, 7, 8 -> DATA_PROTECTION_AUTHORITY;
			default -> DESIGNATED_AUTHORITY;
		};
	}

}
