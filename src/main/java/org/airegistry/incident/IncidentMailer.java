package org.airegistry.incident;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.shared.i18n.MailLanguages;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.shell.components.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The incident module's mails to organisations (reporters, providers, authorities), from
 * {@code i18n/incident*.properties}, in the language of the recipient's Member State (one
 * rule for every mail: {@link MailLanguages}). Never the report's content: a mail says
 * that something happened and links to the page behind the login.
 */
@Component
class IncidentMailer {

	private final MailOutbox outbox;

	private final Translations texts = Translations.standard();

	IncidentMailer(MailOutbox outbox) {
		this.outbox = outbox;
	}

	String link(String path) {
		return outbox.link(path);
	}

	/**
	 * Sends a mail the caller's change depends on (refused mail: the change is rolled
	 * back). Nothing is sent to an organisation without a functional address.
	 */
	void send(@Nullable String to, @Nullable String country, String kind, Object... arguments) {
		if (to == null || to.isBlank()) {
			return;
		}
		outbox.send(render(to, country, kind, arguments));
	}

	/** Sends a mail whose loss undoes nothing (reminders are retried by the timer). */
	void sendIfPossible(@Nullable String to, @Nullable String country, String kind, Object... arguments) {
		if (to == null || to.isBlank()) {
			return;
		}
		outbox.sendIfPossible(render(to, country, kind, arguments));
	}

	private Mail render(String to, @Nullable String country, String kind, Object... arguments) {
		Locale locale = MailLanguages.of(null, country);
		Object[] written = Formats.localised(locale, arguments);
		return new Mail(to, "incident.mail." + kind, texts.text("incident.mail." + kind + ".subject", locale, written),
				texts.text("incident.mail." + kind + ".body", locale, written));
	}

}
