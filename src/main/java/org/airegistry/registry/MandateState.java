package org.airegistry.registry;

/**
 * Where an authorised representative's mandate for an entry stands (Art 22(3), DD067). An
 * invitation past its validity that was not answered stays {@link #INVITED}: the entry
 * still names a representative that has not confirmed; the provider may invite again.
 */
public enum MandateState {

	/** Invited; the representative has not answered yet. */
	INVITED,
	/** The representative confirmed the mandate in the portal. */
	CONFIRMED,
	/** The representative declined the mandate. */
	DECLINED,
	/** The provider withdrew the invitation or named another representative. */
	WITHDRAWN;

	/** The key of the state's name in the bundles. */
	public String translationKey() {
		return "mandate.state." + name();
	}

}
