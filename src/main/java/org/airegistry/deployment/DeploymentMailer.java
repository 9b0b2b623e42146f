package org.airegistry.deployment;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders the deployment module's mails (notices to providers, provider status changes)
 * from {@code i18n/deployment*.properties} and sends them through Spring's
 * {@link JavaMailSender}. A refused mail fails the caller's transaction: notices are then
 * not stored, and status-change events are retried from the event publication registry.
 */
@Component
class DeploymentMailer {

	private final MailOutbox outbox;

	private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

	DeploymentMailer(MailOutbox outbox) {
		this.outbox = outbox;
		texts.setBasename("i18n/deployment");
		texts.setDefaultEncoding("UTF-8");
		texts.setFallbackToSystemLocale(false);
	}

	/** An absolute link to a path of the portal. */
	String link(String path) {
		return outbox.link(path);
	}

	/**
	 * Sends the mail in every language the portal offers (English first): the recipient
	 * is an organisation whose working language the registry does not know.
	 */
	void send(String to, String kind, Object... arguments) {
		String subject = texts.getMessage("mail." + kind + ".subject", arguments, Locale.ENGLISH) + " / "
				+ texts.getMessage("mail." + kind + ".subject", arguments, Locale.GERMAN);
		String body = texts.getMessage("mail." + kind + ".body", arguments, Locale.ENGLISH) + "\n\n-- Deutsch --\n\n"
				+ texts.getMessage("mail." + kind + ".body", arguments, Locale.GERMAN);
		outbox.send(new Mail(to, kind, subject, body));
	}

}
