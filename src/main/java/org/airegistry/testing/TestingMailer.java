package org.airegistry.testing;

import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailTexts;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The testing module's mails to organisations (providers, authorities), from
 * {@code i18n/testing*.properties}, in English and the language of the recipient's Member
 * State. A mail says what happened and links to the page behind the login.
 */
@Component
class TestingMailer {

	private final MailOutbox outbox;

	private final OrganisationService organisations;

	private final MailTexts texts = new MailTexts("i18n/testing", "testing.mail");

	TestingMailer(MailOutbox outbox, OrganisationService organisations) {
		this.outbox = outbox;
		this.organisations = organisations;
	}

	String link(String path) {
		return outbox.link(path);
	}

	/**
	 * Sends a mail the caller's change depends on to the organisation's functional
	 * address.
	 */
	void send(OrganisationId organisation, String kind, Object... arguments) {
		organisations.summary(organisation).ifPresent(recipient -> {
			if (recipient.functionalEmail() != null && !recipient.functionalEmail().isBlank()) {
				outbox.send(texts.render(recipient.functionalEmail(), kind, MailTexts.languagesOf(recipient.country()),
						arguments));
			}
		});
	}

}
