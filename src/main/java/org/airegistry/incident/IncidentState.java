package org.airegistry.incident;

/**
 * Where a serious-incident report stands on the reporter's side (spec §10.5 W5):
 * {@code DRAFT → INITIAL_REPORT → COMPLETE_REPORT → INVESTIGATION → CORRECTIVE_ACTION →
 * CLOSED}. Translated as {@code incident.state.<NAME>}.
 */
public enum IncidentState {

	/** Not submitted yet: nobody but the reporter sees it. */
	DRAFT,

	/** An initial, possibly incomplete report was submitted (Art 73(5)). */
	INITIAL_REPORT,

	/** The complete report was submitted (Art 73(2)-(5)). */
	COMPLETE_REPORT,

	/** The investigation and risk assessment are under way (Art 73(6)). */
	INVESTIGATION,

	/** Corrective action was reported (Art 73(6)). */
	CORRECTIVE_ACTION,

	/** Every authority that received the report closed it. */
	CLOSED;

	/** Whether a version was submitted to the authorities. */
	public boolean submitted() {
		return this != DRAFT;
	}

	public String translationKey() {
		return "incident.state." + name();
	}

}
