package org.airegistry.incident;

import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailTemplate;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shell.components.Formats;
import org.springframework.stereotype.Component;

/**
 * The incident module's mails to organisations (reporters, providers, authorities), from
 * {@code i18n/incident*.properties}, to the organisation's functional mailbox in the
 * language its people chose, else its Member State's
 * ({@link OrganisationService#mailbox}). Never the report's content: a mail says that
 * something happened and links to the page behind the login.
 */
@Component
class IncidentMailer {

	private final MailTemplate mails;

	private final OrganisationService organisations;

	IncidentMailer(MailOutbox outbox, OrganisationService organisations) {
		this.mails = outbox.template("incident.mail.", "incident.mail.");
		this.organisations = organisations;
	}

	String link(String path) {
		return mails.link(path);
	}

	/**
	 * Sends a mail the caller's change depends on (refused mail: the change is rolled
	 * back). Nothing is sent to an organisation without a functional address.
	 */
	void send(OrganisationId organisation, String kind, Object... arguments) {
		organisations.mailbox(organisation)
			.ifPresent(to -> mails.send(to, kind, Formats.localised(to.language(), arguments)));
	}

}
