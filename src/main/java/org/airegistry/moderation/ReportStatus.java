package org.airegistry.moderation;

/** Where an inaccuracy report stands. */
public enum ReportStatus {

	/** Filed, awaiting the provider's answer. */
	OPEN,
	/** The provider answered without changing the entry. */
	ANSWERED,
	/** The provider corrected the entry (a new public version). */
	CORRECTED,
	/** The regulator found the report unfounded or abusive. */
	DISMISSED

}
