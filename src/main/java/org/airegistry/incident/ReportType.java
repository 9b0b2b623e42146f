package org.airegistry.incident;

/**
 * What one submitted version of a report is (Art 73(5)-(6)). Translated as
 * {@code incident.type.<NAME>}.
 */
public enum ReportType {

	/**
	 * An initial report that may be incomplete, to be followed by a complete one (Art
	 * 73(5)).
	 */
	INITIAL,

	/** The complete report (Art 73(2)-(4)). */
	COMPLETE,

	/** A follow-up with the investigation and the risk assessment (Art 73(6)). */
	INVESTIGATION,

	/** A follow-up with the corrective action taken (Art 73(6)). */
	CORRECTIVE_ACTION;

	public String translationKey() {
		return "incident.type." + name();
	}

}
