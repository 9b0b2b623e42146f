package org.airegistry.explanation;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.shared.i18n.MailLanguages;
import org.airegistry.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Renders explanation mails in the recipient's language from
 * {@code i18n/explanation*.properties} and sends them through Spring's
 * {@link JavaMailSender}. Every mail is marked as carrying personal data
 * ({@link Mail#PERSONAL_DATA_HEADER}) so that the demo mailbox never logs its recipient
 * or body. Failures are logged with the mail's kind only, never the address.
 */
@Component
class ExplanationMailer {

	private final MailOutbox outbox;

	private final Translations texts = Translations.standard();

	ExplanationMailer(MailOutbox outbox) {
		this.outbox = outbox;
	}

	String link(String route, String token) {
		return outbox.link(route + "?token=" + token);
	}

	String page(String route) {
		return outbox.link(route);
	}

	/** Sends a mail; when the mail server refuses, the caller's change is refused. */
	void send(String to, String language, String kind, Object... arguments) {
		Locale locale = MailLanguages.of(language, null);
		String subject = texts.text("explanation.mail." + kind + ".subject", locale, arguments);
		String body = texts.text("explanation.mail." + kind + ".body", locale, arguments) + "\n\n"
				+ texts.text("explanation.mail.footer", locale);
		outbox.send(new Mail(to, "explanation " + kind, subject, body, true));
	}

}
