package org.airegistry.incident;

/** What happens to one authority's handling of a report. */
public enum HandlingAction {

	/**
	 * An authority of the Member State starts using the registry: the report is
	 * delivered.
	 */
	ROUTE,

	/** The authority acknowledges receipt. */
	ACKNOWLEDGE,

	/** The authority asks the reporter for information. */
	REQUEST_INFORMATION,

	/** The reporter submits a new version (which answers open requests). */
	NEW_VERSION,

	/** The authority records its measures (Art 73(8)). */
	RECORD_MEASURES,

	/** The authority closes the case (measures recorded first). */
	CLOSE

}
