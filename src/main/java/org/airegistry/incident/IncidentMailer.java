package org.airegistry.incident;

import java.util.List;
import java.util.Locale;

import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The incident module's mails to organisations (reporters, providers, authorities), from
 * {@code i18n/incident*.properties}, in English and the language of the recipient's
 * Member State. Never the report's content: a mail says that something happened and links
 * to the page behind the login.
 */
@Component
class IncidentMailer {

	private final MailOutbox outbox;

	private final MailTexts texts = new MailTexts("i18n/incident", "incident.mail");

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
		List<Locale> languages = MailTexts.languagesOf(country);
		outbox.send(texts.render(to, kind, languages, arguments));
	}

	/** Sends a mail whose loss undoes nothing (reminders are retried by the timer). */
	void sendIfPossible(@Nullable String to, @Nullable String country, String kind, Object... arguments) {
		if (to == null || to.isBlank()) {
			return;
		}
		outbox.sendIfPossible(texts.render(to, kind, MailTexts.languagesOf(country), arguments));
	}

}
