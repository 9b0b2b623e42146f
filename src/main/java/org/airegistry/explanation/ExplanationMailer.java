package org.airegistry.explanation;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.springframework.context.support.ResourceBundleMessageSource;
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

	private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

	ExplanationMailer(MailOutbox outbox) {
		this.outbox = outbox;
		texts.setBasename("i18n/explanation");
		texts.setDefaultEncoding("UTF-8");
		texts.setFallbackToSystemLocale(false);
	}

	String link(String route, String token) {
		return outbox.link(route + "?token=" + token);
	}

	String page(String route) {
		return outbox.link(route);
	}

	/** Sends a mail; when the mail server refuses, the caller's change is refused. */
	void send(String to, String language, String kind, Object... arguments) {
		Locale locale = Locale.forLanguageTag(language);
		String subject = texts.getMessage("explanation.mail." + kind + ".subject", arguments, locale);
		String body = texts.getMessage("explanation.mail." + kind + ".body", arguments, locale) + "\n\n"
				+ texts.getMessage("explanation.mail.footer", null, locale);
		outbox.send(new Mail(to, "explanation " + kind, subject, body, true));
	}

}
