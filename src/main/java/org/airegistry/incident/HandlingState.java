package org.airegistry.incident;

/**
 * Where one competent authority stands with a report it received. Translated as
 * {@code incident.handling.<NAME>}.
 */
public enum HandlingState {

	/**
	 * No authority of that Member State uses the registry yet: delivered when one does.
	 */
	AWAITING_AUTHORITY,

	/** Received; the 7-day clock for measures runs (Art 73(8)). */
	RECEIVED,

	/** The authority acknowledged receipt. */
	ACKNOWLEDGED,

	/** The authority asked the reporter for information; the next version answers. */
	INFORMATION_REQUESTED,

	/** The authority recorded its measures (Art 73(8)). */
	MEASURES_TAKEN,

	/** The authority closed the case. */
	CLOSED;

	/** Whether the authority still has work on it. */
	public boolean open() {
		return this != CLOSED && this != AWAITING_AUTHORITY;
	}

	public String translationKey() {
		return "incident.handling." + name();
	}

}
