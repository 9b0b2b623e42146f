package org.airegistry.gpai;

/**
 * Where a model stands in the Art 52 procedure. All but {@link #NONE} and
 * {@link #REBUTTAL_ACCEPTED} mean the model is treated as having systemic risk (Art 55
 * applies). {@link #DESIGNATED} is set by a regulator only.
 */
public enum SystemicRiskStatus {

	/** Not notified, below the presumption. */
	NONE(false),
	/** Notified to the Commission (Art 52(1)). */
	NOTIFIED(true),
	/** Notified with arguments that it does not present systemic risk (Art 52(2)). */
	REBUTTAL_SUBMITTED(true),
	/** The Commission accepted the arguments (Art 52(3)). */
	REBUTTAL_ACCEPTED(false),
	/** The Commission rejected the arguments (Art 52(3)). */
	REBUTTAL_REJECTED(true),
	/** Designated by the Commission (Art 51(1)(b), 52(4)). */
	DESIGNATED(true),
	/**
	 * The provider asked for reassessment, at least six months after the decision (Art
	 * 52(5)).
	 */
	REASSESSMENT_REQUESTED(true);

	private final boolean systemic;

	SystemicRiskStatus(boolean systemic) {
		this.systemic = systemic;
	}

	/** Whether the Art 55 obligations apply. */
	public boolean systemic() {
		return systemic;
	}

	public String translationKey() {
		return "gpai.status." + name();
	}

}
