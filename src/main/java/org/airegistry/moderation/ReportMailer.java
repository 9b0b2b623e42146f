package org.airegistry.moderation;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.shared.i18n.MailLanguages;
import org.airegistry.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Tells a reporter who gave an email address about their report. A mail that cannot be
 * sent does not undo the report (the private link shows the status); the address is never
 * logged.
 */
@Component
class ReportMailer {

	private final MailOutbox outbox;

	private final Translations texts = Translations.standard();

	ReportMailer(MailOutbox outbox) {
		this.outbox = outbox;
	}

	void filed(String to, String language, String reference, String registrationNumber, String token) {
		send(to, MailLanguages.of(language, null), "filed", reference, registrationNumber,
				outbox.link("reports/" + token));
	}

	void answered(String to, String language, String reference, ReportStatus outcome) {
		Locale locale = MailLanguages.of(language, null);
		send(to, locale, "answered", reference, texts.text("report.status." + outcome.name(), locale));
	}

	private void send(String to, Locale locale, String kind, Object... arguments) {
		outbox.sendIfPossible(
				new Mail(to, "report " + kind, texts.text("report.mail." + kind + ".subject", locale, arguments),
						texts.text("report.mail." + kind + ".body", locale, arguments)));
	}

}
