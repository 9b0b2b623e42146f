package org.airegistry.organisation;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.shared.i18n.MailLanguages;
import org.airegistry.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Renders account mails (verification, invitation, approval, rejection) in the
 * recipient's language from {@code i18n/organisation*.properties} and sends them through
 * Spring's {@link JavaMailSender} (real SMTP; the demo run records them in the dev
 * mailbox). Mails are sent inside the caller's transaction: when the mail server refuses,
 * the change is rolled back and the user is told to try again, so no account waits for a
 * mail that never left.
 */
@Component
class AccountMailer {

	private final MailOutbox outbox;

	private final Translations texts = Translations.standard();

	AccountMailer(MailOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * The link for a token, e.g.
	 * {@code https://registry.example/account/verify?token=...}.
	 */
	String link(String route, String token) {
		return outbox.link(route + "?token=" + token);
	}

	/** The absolute address of a page, e.g. {@code https://registry.example/login}. */
	String page(String route) {
		return outbox.link(route);
	}

	void send(String to, String language, String kind, Object... arguments) {
		Locale locale = MailLanguages.of(language, null);
		outbox.send(new Mail(to, kind, texts.text("mail." + kind + ".subject", locale, arguments),
				texts.text("mail." + kind + ".body", locale, arguments)));
	}

}
