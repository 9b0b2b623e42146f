package org.airegistry.incident;

/**
 * Where a report goes when it is submitted. Translated as {@code incident.route.<NAME>}.
 */
public enum Route {

	/**
	 * To the competent authority: the market surveillance authority of each Member State
	 * where the incident occurred (Art 73(1)), or the AI Office for a GPAI model (Art
	 * 55(1)(c)).
	 */
	AUTHORITY,

	/**
	 * A deployer's report: first to the provider, then to the market surveillance
	 * authorities (Art 26(5)).
	 */
	PROVIDER_FIRST,

	/**
	 * A deployer's report when the provider cannot be reached: to the market surveillance
	 * authorities, Art 73 applying to the deployer (Art 26(5), last sentence).
	 */
	PROVIDER_UNREACHABLE;

	public String translationKey() {
		return "incident.route." + name();
	}

}
