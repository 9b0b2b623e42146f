package org.airegistry.incident;

/** URLs of the serious-incident pages, for links from other modules and mails. */
public final class IncidentRoutes {

	/** The reporter's list of reports. */
	public static final String WORKSPACE = "workspace/incidents";

	/** The authority's inbox. */
	public static final String INBOX = "oversight/incidents";

	private IncidentRoutes() {
	}

	/** The reporter's page of a report. */
	public static String report(IncidentId id) {
		return WORKSPACE + "/" + id.value();
	}

	/** The authority's page of a report. */
	public static String inboxReport(IncidentId id) {
		return INBOX + "/" + id.value();
	}

}
