package org.airegistry.explanation;

import org.airegistry.shared.OrganisationId;

/** Addresses of explanation pages, for links from other modules and mails. */
public final class ExplanationRoutes {

	public static final String NEW = "explanations/new";

	public static final String VERIFY = "explanations/verify";

	public static final String TRACK = "explanations/track";

	public static final String INBOX = "deployer/explanations";

	public static final String COMPLAINTS = "oversight/complaints";

	/** A complaint to the market surveillance authority (Art 85), without an account. */
	public static final String NEW_COMPLAINT = "complaints/new";

	public static final String VERIFY_COMPLAINT = "complaints/verify";

	public static final String TRACK_COMPLAINT = "complaints/track";

	private ExplanationRoutes() {
	}

	/** The filing form for a system, optionally for a given deployer. */
	public static String newRequest(String registrationNumber, OrganisationId deployer) {
		return NEW + "?system=" + registrationNumber + "&deployer=" + deployer.value();
	}

	/** The complaint form (Art 85) about a system with a public entry. */
	public static String newComplaint(String registrationNumber) {
		return NEW_COMPLAINT + "?system=" + registrationNumber;
	}

	/** The filing form for a system; the person picks the deployer. */
	public static String newRequest(String registrationNumber) {
		return NEW + "?system=" + registrationNumber;
	}

}
