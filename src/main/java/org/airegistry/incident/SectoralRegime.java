package org.airegistry.incident;

/**
 * Whether the system also falls under another reporting regime, which limits what is
 * reported under the AI Act to infringements of fundamental-rights obligations (Art
 * 3(49)(c)). Translated as {@code incident.sectoral.<NAME>}.
 */
public enum SectoralRegime {

	/** No other regime. */
	NONE,

	/**
	 * Annex III systems placed on the market or put into service by providers subject to
	 * equivalent Union reporting obligations, or safety components of devices covered by
	 * such legislation (Art 73(9)).
	 */
	EQUIVALENT_UNION_OBLIGATIONS,

	/**
	 * Safety components of devices, or devices, covered by Regulations (EU) 2017/745 and
	 * 2017/746 (Art 73(10)).
	 */
	MEDICAL_DEVICES;

	public String translationKey() {
		return "incident.sectoral." + name();
	}

}
