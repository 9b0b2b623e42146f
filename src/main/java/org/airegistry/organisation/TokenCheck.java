package org.airegistry.organisation;

/** The outcome of opening a link sent by email. */
public enum TokenCheck {

	/** The link was valid and has now been used. */
	ACCEPTED,
	/** The link is older than its validity. */
	EXPIRED,
	/** Unknown, already used, or for another purpose. */
	INVALID

}
