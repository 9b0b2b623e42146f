package org.airegistry.deployment;

import java.util.Locale;
import java.util.function.Function;

import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailTemplate;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Renders the deployment module's mails (notices to providers, provider status changes,
 * FRIA acknowledgements, review reminders) from {@code i18n/deployment*.properties} and
 * sends them to the organisation's functional mailbox in the language its people chose,
 * else its Member State's ({@link OrganisationService#mailbox}). A refused mail fails the
 * caller's transaction: notices are then not stored, and status-change events are retried
 * from the event publication registry.
 */
@Component
class DeploymentMailer {

	private final MailTemplate mails;

	private final OrganisationService organisations;

	DeploymentMailer(MailOutbox outbox, OrganisationService organisations) {
		this.mails = outbox.template("mail.", "");
		this.organisations = organisations;
	}

	/** An absolute link to a path of the portal. */
	String link(String path) {
		return mails.link(path);
	}

	/**
	 * Sends the mail to the organisation's mailbox, with arguments written in the mail's
	 * language (e.g. a status label or a date); nothing without a mailbox.
	 */
	void send(OrganisationId organisation, String kind, Function<Locale, Object[]> arguments) {
		organisations.mailbox(organisation).ifPresent(to -> mails.send(to, kind, arguments.apply(to.language())));
	}

	/** Like {@link #send}, for a mail whose loss must not undo anything. */
	boolean sendIfPossible(OrganisationId organisation, String kind, Function<Locale, Object[]> arguments) {
		return organisations.mailbox(organisation).map(to -> {
			mails.sendIfPossible(to, kind, arguments.apply(to.language()));
			return true;
		}).orElse(false);
	}

	/** A text in the mail's language, e.g. a status label used as an argument. */
	String text(String key, Locale language) {
		return mails.text(language, key);
	}

}
