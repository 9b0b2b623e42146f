package org.airegistry.testing;

import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailTemplate;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shell.components.Formats;
import org.springframework.stereotype.Component;

/**
 * The testing module's mails to organisations (providers, authorities), from
 * {@code i18n/testing*.properties}, to the organisation's functional mailbox in the
 * language its people chose, else its Member State's
 * ({@link OrganisationService#mailbox}). A mail says what happened and links to the page
 * behind the login.
 */
@Component
class TestingMailer {

	private final MailTemplate mails;

	private final OrganisationService organisations;

	TestingMailer(MailOutbox outbox, OrganisationService organisations) {
		this.mails = outbox.template("testing.mail.", "testing.mail.");
		this.organisations = organisations;
	}

	String link(String path) {
		return mails.link(path);
	}

	/**
	 * Sends a mail the caller's change depends on to the organisation's functional
	 * address.
	 */
	void send(OrganisationId organisation, String kind, Object... arguments) {
		organisations.mailbox(organisation)
			.ifPresent(to -> mails.send(to, kind, Formats.localised(to.language(), arguments)));
	}

}
