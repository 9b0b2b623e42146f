package org.airegistry.explanation;

import org.airegistry.shared.OrganisationId;

/** Addresses of explanation pages, for links from other modules and mails. */
public final class ExplanationRoutes {

	public static final String NEW = "explanations/new";

	public static final String VERIFY = "explanations/verify";

	public static final String TRACK = "explanations/track";

	public static final String INBOX = "deployer/explanations";

	public static final String COMPLAINTS = "oversight/complaints";

	private ExplanationRoutes() {
	}

	/** The filing form for a system, optionally for a given deployer. */
	public static String newRequest(String registrationNumber, OrganisationId deployer) {
		return NEW + "?system=" + registrationNumber + "&deployer=" + deployer.value();
	}

	/** The filing form for a system; the person picks the deployer. */
	public static String newRequest(String registrationNumber) {
		return NEW + "?system=" + registrationNumber;
	}

}
