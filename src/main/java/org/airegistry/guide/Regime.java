package org.airegistry.guide;

/** The regime a guide outcome names, from the strictest down. */
public enum Regime {

	/** Art 5: may not be placed on the market, put into service or used. */
	PROHIBITED,
	/** Art 6(1) or 6(2): the high-risk requirements of Chapter III apply. */
	HIGH_RISK,
	/**
	 * Art 6(3): an Annex III system that is not high-risk; registered under Art 49(2).
	 */
	NOT_HIGH_RISK,
	/** General-purpose AI model with systemic risk (Art 51, 55). */
	GPAI_SYSTEMIC_RISK,
	/** General-purpose AI model (Art 53). */
	GPAI,
	/** Art 50 transparency duties only. */
	TRANSPARENCY,
	/** No specific obligations under the Act for this system. */
	MINIMAL;

	public String translationKey() {
		return "guide.regime." + name();
	}

}
