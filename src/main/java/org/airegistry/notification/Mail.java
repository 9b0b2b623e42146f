package org.airegistry.notification;

/**
 * One rendered mail.
 *
 * @param to the recipient's address (never logged)
 * @param kind what the mail is about, for logs only (e.g. {@code verify})
 * @param subject the subject line
 * @param body the plain-text body
 * @param personalData whether it carries an explanation requester's personal data: it is
 * then marked with {@value #PERSONAL_DATA_HEADER}, which the demo mailbox masks
 */
public record Mail(String to, String kind, String subject, String body, boolean personalData) {

	/** Header marking mails with personal data of an explanation request. */
	public static final String PERSONAL_DATA_HEADER = "X-Airegistry-Personal-Data";

	/** A mail without personal data of a requester. */
	public Mail(String to, String kind, String subject, String body) {
		this(to, kind, subject, body, false);
	}

}
