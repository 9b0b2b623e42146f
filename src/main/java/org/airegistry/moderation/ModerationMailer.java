package org.airegistry.moderation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailTemplate;
import org.airegistry.registry.ProviderContacts;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells a provider by mail when the market surveillance authority flags, suspends or asks
 * for a correction of one of its entries, and when it lifts or closes such an action
 * (issue 21): to the organisation's functional mailbox, in the language its people chose
 * (else its Member State's), with the notice, the due date of a correction and a link to
 * the workspace's reports page. Best effort: the action stands when the mail cannot leave
 * (the workspace shows it either way).
 */
@Component
class ModerationMailer {

	/** Where the provider reads and answers the authority's actions. */
	static final String REPORTS_ROUTE = "workspace/reports";

	private final MailTemplate mails;

	private final ProviderContacts contacts;

	ModerationMailer(MailOutbox outbox, ProviderContacts contacts) {
		this.mails = outbox.template("moderation.mail.", "moderation ");
		this.contacts = contacts;
	}

	/**
	 * An action was opened on the provider's entry; {@code restricted} when the entry is
	 * in the non-public section, whose flags and suspensions no public page shows
	 * (DD074).
	 */
	void opened(OrganisationId provider, String registrationNumber, ModerationKind kind, String notice,
			@Nullable LocalDate dueDate, boolean restricted) {
		send(provider, mailKind("opened.", kind, restricted), registrationNumber, notice, dueDate);
	}

	/** An action on the provider's entry was lifted or closed. */
	void closed(OrganisationId provider, String registrationNumber, ModerationKind kind, boolean restricted) {
		send(provider, mailKind("closed.", kind, restricted), registrationNumber, "", null);
	}

	/**
	 * The mail's texts: a correction request reads the same in both sections; a flag or a
	 * suspension of a non-public entry says that no public page shows it.
	 */
	private static String mailKind(String step, ModerationKind kind, boolean restricted) {
		return (restricted && kind != ModerationKind.CORRECTION_REQUEST ? "restricted." : "") + step + kind.name();
	}

	private void send(OrganisationId provider, String kind, String registrationNumber, String notice,
			@Nullable LocalDate dueDate) {
		contacts.mailbox(provider).ifPresent(mailbox -> {
			String due = dueDate == null ? ""
					: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
						.withLocale(mailbox.to().language())
						.format(dueDate);
			mails.sendIfPossible(mailbox.to(), kind, registrationNumber, notice, due, mails.link(REPORTS_ROUTE),
					mailbox.legalName());
		});
	}

}
