package org.airegistry.incident;

/**
 * What an authority did about a reported incident (Art 73(8); Art 19 of Regulation (EU)
 * 2019/1020; Art 79-83). Translated as {@code incident.measure.<NAME>}.
 */
public enum MeasureKind {

	/** The authority found no measure necessary. */
	NONE_NEEDED,

	/** An evaluation of the AI system presenting a risk (Art 79(2)). */
	RISK_EVALUATION,

	/** The operator must take corrective action (Art 79(2), second subparagraph). */
	CORRECTIVE_ACTION_REQUIRED,

	/** Making available on the market restricted or prohibited (Art 79(5)). */
	RESTRICTION,

	/** Withdrawal from the market (Art 79(5)). */
	WITHDRAWAL,

	/** Recall (Art 79(5)). */
	RECALL,

	/** Anything else, described in the text. */
	OTHER;

	public String translationKey() {
		return "incident.measure." + name();
	}

}
