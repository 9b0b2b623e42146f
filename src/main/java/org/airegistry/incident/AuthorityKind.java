package org.airegistry.incident;

/** The kind of competent authority a report or a test plan goes to. */
public enum AuthorityKind {

	/** The market surveillance authority of a Member State (Art 3(26), Art 70). */
	MARKET_SURVEILLANCE,

	/** The AI Office (Art 3(47); GPAI models, Art 55(1)(c), Art 75). */
	AI_OFFICE;

	public String translationKey() {
		return "incident.authorityKind." + name();
	}

}
