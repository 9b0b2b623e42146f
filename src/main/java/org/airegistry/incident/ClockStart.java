package org.airegistry.incident;

/**
 * From which recorded moment the reporting period runs (a reading of Art 73(2)-(4) made
 * configurable, spec §10.1 principle 5; DD080).
 */
public enum ClockStart {

	/**
	 * From the moment the reporter established the causal link or its reasonable
	 * likelihood (for a death: established or suspected): that is when it became aware of
	 * a <em>serious incident</em> in the sense of Art 3(49). The default.
	 */
	CAUSAL_LINK,

	/** From the moment the reporter first learned of the incident. Stricter. */
	AWARENESS

}
