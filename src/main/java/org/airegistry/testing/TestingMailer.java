package org.airegistry.testing;

import java.util.Locale;

import org.airegistry.notification.Mail;
import org.airegistry.notification.MailOutbox;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.i18n.MailLanguages;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.shell.components.Formats;
import org.springframework.stereotype.Component;

/**
 * The testing module's mails to organisations (providers, authorities), from
 * {@code i18n/testing*.properties}, in the language of the recipient's Member State (one
 * rule for every mail: {@link MailLanguages}). A mail says what happened and links to the
 * page behind the login.
 */
@Component
class TestingMailer {

	private final MailOutbox outbox;

	private final OrganisationService organisations;

	private final Translations texts = Translations.standard();

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
				Locale locale = MailLanguages.of(null, recipient.country());
				Object[] written = Formats.localised(locale, arguments);
				outbox.send(new Mail(recipient.functionalEmail(), "testing.mail." + kind,
						texts.text("testing.mail." + kind + ".subject", locale, written),
						texts.text("testing.mail." + kind + ".body", locale, written)));
			}
		});
	}

}
