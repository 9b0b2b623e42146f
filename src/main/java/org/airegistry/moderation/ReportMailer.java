package org.airegistry.moderation;

import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailRecipient;
import org.airegistry.notification.MailTemplate;
import org.airegistry.security.MailLimits;
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

	private final MailTemplate mails;

	private final MailLimits limits;

	ReportMailer(MailOutbox outbox, MailLimits limits) {
		this.mails = outbox.template("report.mail.", "report ");
		this.limits = limits;
	}

	void filed(String to, String language, String reference, String registrationNumber, String token) {
		send(MailRecipient.of(to, language, null), "filed", reference, registrationNumber,
				mails.link("reports/status", token));
	}

	void answered(String to, String language, String reference, ReportStatus outcome) {
		MailRecipient recipient = MailRecipient.of(to, language, null);
		send(recipient, "answered", reference, mails.text(recipient.language(), "report.status." + outcome.name()));
	}

	private void send(MailRecipient to, String kind, Object... arguments) {
		if (!limits.mayMailUnverified("report", to.address())) {
			return;
		}
		mails.sendIfPossible(to, kind, arguments);
	}

}
