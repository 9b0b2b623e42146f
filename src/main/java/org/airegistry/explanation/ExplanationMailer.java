package org.airegistry.explanation;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailRecipient;
import org.airegistry.notification.MailTemplate;
import org.springframework.stereotype.Component;

/**
 * Explanation mails in the recipient's language from
 * {@code i18n/explanation*.properties}. Every mail is marked as carrying personal data
 * ({@link Mail#PERSONAL_DATA_HEADER}) so that the demo mailbox never logs its recipient
 * or body. Failures are logged with the mail's kind only, never the address.
 */
@Component
class ExplanationMailer {

	private final MailTemplate mails;

	ExplanationMailer(MailOutbox outbox) {
		this.mails = outbox.template("explanation.mail.", "explanation ").withPersonalData("explanation.mail.footer");
	}

	String link(String route, String token) {
		return mails.link(route, token);
	}

	String page(String route) {
		return mails.link(route);
	}

	/**
	 * Sends a mail to a requester in the language recorded when filing; when the mail
	 * server refuses, the caller's change is refused.
	 */
	void send(String to, String language, String kind, Object... arguments) {
		send(MailRecipient.of(to, language, null), kind, arguments);
	}

	/** Sends a mail (e.g. to a deployer's mailbox) in the recipient's language. */
	void send(MailRecipient to, String kind, Object... arguments) {
		mails.send(to, kind, arguments);
	}

}
