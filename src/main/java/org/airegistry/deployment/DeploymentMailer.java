package org.airegistry.deployment;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.shared.i18n.MailLanguages;
import org.airegistry.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders the deployment module's mails (notices to providers, provider status changes)
 * from {@code i18n/deployment*.properties} in the recipient organisation's language and
 * sends them through the {@link MailOutbox}. A refused mail fails the caller's
 * transaction: notices are then not stored, and status-change events are retried from the
 * event publication registry.
 */
@Component
class DeploymentMailer {

	private final MailOutbox outbox;

	private final Translations texts = Translations.standard();

	DeploymentMailer(MailOutbox outbox) {
		this.outbox = outbox;
	}

	/** An absolute link to a path of the portal. */
	String link(String path) {
		return outbox.link(path);
	}

	/**
	 * Sends the mail to an organisation's mailbox in the language of its Member State
	 * (English when that language is not offered).
	 * @param country the recipient organisation's country code
	 */
	void send(String to, @Nullable String country, String kind, Object... arguments) {
		Locale locale = MailLanguages.of(null, country);
		outbox.send(new Mail(to, kind, texts.text("mail." + kind + ".subject", locale, arguments),
				texts.text("mail." + kind + ".body", locale, arguments)));
	}

	/** Like {@link #send}, for a mail whose loss must not undo anything. */
	void sendIfPossible(String to, @Nullable String country, String kind, Object... arguments) {
		sendIfPossible(to, MailLanguages.of(null, country), kind, arguments);
	}

	/**
	 * Like {@link #sendIfPossible(String, String, String, Object...)}, in the language
	 * given.
	 */
	void sendIfPossible(String to, Locale locale, String kind, Object... arguments) {
		outbox.sendIfPossible(new Mail(to, kind, texts.text("mail." + kind + ".subject", locale, arguments),
				texts.text("mail." + kind + ".body", locale, arguments)));
	}

	/** A text in the recipient's language, e.g. a status label used as an argument. */
	String text(String key, @Nullable String country) {
		return texts.text(key, MailLanguages.of(null, country));
	}

}
