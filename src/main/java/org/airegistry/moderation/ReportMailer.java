package org.airegistry.moderation;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.security.MailLimits;
import org.airegistry.shared.i18n.MailLanguages;
import org.airegistry.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Tells a reporter who gave an email address about their report. Nobody has verified the
 * address, so the registry mails it only a few times a day ({@link MailLimits}) and never
 * with free text: the reference, the status and the private link. A mail that is not sent
 * does not undo the report (the private link shows the status); the address is never
 * logged.
 */
@Component
class ReportMailer {

	private final MailOutbox outbox;

	private final Translations texts = Translations.standard();

	private final MailLimits limits;

	ReportMailer(MailOutbox outbox, MailLimits limits) {
		this.outbox = outbox;
		this.limits = limits;
	}

	void filed(String to, String language, String reference, String registrationNumber, String token) {
		send(to, MailLanguages.of(language, null), "filed", reference, registrationNumber,
				outbox.link("reports/status?token=" + token));
	}

	void answered(String to, String language, String reference, ReportStatus outcome) {
		Locale locale = MailLanguages.of(language, null);
		send(to, locale, "answered", reference, texts.text("report.status." + outcome.name(), locale));
	}

	private void send(String to, Locale locale, String kind, Object... arguments) {
		if (!limits.mayMailUnverified("report", to)) {
			return;
		}
		outbox.sendIfPossible(
				new Mail(to, "report " + kind, texts.text("report.mail." + kind + ".subject", locale, arguments),
						texts.text("report.mail." + kind + ".body", locale, arguments)));
	}

}
