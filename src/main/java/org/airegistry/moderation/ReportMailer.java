package org.airegistry.moderation;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.security.MailLimits;
import org.springframework.context.support.ResourceBundleMessageSource;
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

	private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

	private final MailLimits limits;

	ReportMailer(MailOutbox outbox, MailLimits limits) {
		this.outbox = outbox;
		this.limits = limits;
		texts.setBasename("i18n/moderation");
		texts.setDefaultEncoding("UTF-8");
		texts.setFallbackToSystemLocale(false);
	}

	void filed(String to, String language, String reference, String registrationNumber, String token) {
		send(to, Locale.forLanguageTag(language), "filed", reference, registrationNumber,
				outbox.link("reports/status?token=" + token));
	}

	void answered(String to, String language, String reference, ReportStatus outcome) {
		Locale locale = Locale.forLanguageTag(language);
		send(to, locale, "answered", reference, texts.getMessage("report.status." + outcome.name(), null, locale));
	}

	private void send(String to, Locale locale, String kind, Object... arguments) {
		if (!limits.mayMailUnverified("report", to)) {
			return;
		}
		outbox.sendIfPossible(
				new Mail(to, "report " + kind, texts.getMessage("report.mail." + kind + ".subject", arguments, locale),
						texts.getMessage("report.mail." + kind + ".body", arguments, locale)));
	}

}
