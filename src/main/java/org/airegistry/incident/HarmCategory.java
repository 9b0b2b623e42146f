package org.airegistry.incident;

/**
 * What the incident led to, the points of Art 3(49). Translated as
 * {@code incident.category.<NAME>}.
 */
public enum HarmCategory {

	/** (a) the death of a person, or serious harm to a person's health. */
	HEALTH,

	/**
	 * (b) a serious and irreversible disruption of the management or operation of
	 * critical infrastructure.
	 */
	CRITICAL_INFRASTRUCTURE,

	/**
	 * (c) the infringement of obligations under Union law intended to protect fundamental
	 * rights.
	 */
	FUNDAMENTAL_RIGHTS,

	/** (d) serious harm to property or the environment. */
	PROPERTY_OR_ENVIRONMENT;

	public String translationKey() {
		return "incident.category." + name();
	}

}
