package org.airegistry.explanation;

/**
 * Where an Art 85 complaint stands (spec §10.5 W7): filed and awaiting the e-mail
 * confirmation, submitted (routed to the authority of the Member State), acknowledged by
 * the authority, closed with an outcome. Translated as {@code complaint.state.<NAME>}.
 */
public enum ComplaintState {

	AWAITING_VERIFICATION, SUBMITTED, ACKNOWLEDGED, CLOSED

}
