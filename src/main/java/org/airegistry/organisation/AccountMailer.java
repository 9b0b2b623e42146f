package org.airegistry.organisation;

import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailRecipient;
import org.airegistry.notification.MailTemplate;
import org.springframework.stereotype.Component;

/**
 * Account mails (verification, invitation, approval, rejection) in the recipient's
 * language from {@code i18n/organisation*.properties}. Mails are sent inside the caller's
 * transaction: when the mail server refuses, the change is rolled back and the user is
 * told to try again, so no account waits for a mail that never left.
 */
@Component
class AccountMailer {

	private final MailTemplate mails;

	AccountMailer(MailOutbox outbox) {
		this.mails = outbox.template("mail.", "");
	}

	/**
	 * The link for a token, e.g.
	 * {@code https://registry.example/account/verify?token=...}.
	 */
	String link(String route, String token) {
		return mails.link(route, token);
	}

	/** The absolute address of a page, e.g. {@code https://registry.example/login}. */
	String page(String route) {
		return mails.link(route);
	}

	/** To an account's address, in the language it recorded. */
	void send(String to, String language, String kind, Object... arguments) {
		mails.send(MailRecipient.of(to, language, null), kind, arguments);
	}

}
