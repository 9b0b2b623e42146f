package org.airegistry.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.airegistry.notification.MailOutbox;
import org.airegistry.notification.MailTemplate;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.ReviewedKind;
import org.airegistry.publication.store.PublicationStore;
import org.airegistry.publication.store.PublicationStore.LastConfirmed;
import org.airegistry.registry.persistence.AiSystemRepository;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Entries under the kernel's review rule (issue 21, freshness): named by registration
 * number and trade name; the reminder goes to the provider's functional mailbox, in the
 * language its people chose (else its Member State's), with the due date and a link to
 * the workspace, where "Still accurate" confirms the entry with one click.
 */
@Component
class EntryReview implements ReviewedKind<AiSystemId, EntryData> {

	/** Where the provider confirms its entries. */
	static final String WORKSPACE_ROUTE = "workspace";

	private final AiSystemRepository entries;

	private final ProviderContacts contacts;

	private final MailTemplate mails;

	private final Freshness freshness;

	EntryReview(AiSystemRepository entries, ProviderContacts contacts, MailOutbox outbox, Freshness freshness) {
		this.entries = entries;
		this.contacts = contacts;
		this.mails = outbox.template("freshness.mail", "entry review reminder");
		this.freshness = freshness;
	}

	@Override
	public PublicationStore<AiSystemId, EntryData> store() {
		return entries.store();
	}

	@Override
	public Field<String> reference() {
		return entries.registrationNumber();
	}

	@Override
	public String name(LastConfirmed<AiSystemId, EntryData> entry) {
		return entry.data().tradeName();
	}

	@Override
	public String permalink(LastConfirmed<AiSystemId, EntryData> entry) {
		// an entry of the non-public section has no public page (DD074)
		return entry.publicSection() ? RegistryRoutes.permalink(entry.reference())
				: RegistryRoutes.restrictedEntry(entry.reference());
	}

	@Override
	public String overdueKey() {
		return "dashboard.attention.notConfirmedEntry";
	}

	@Override
	public boolean moderated() {
		return true;
	}

	@Override
	public boolean remind(LastConfirmed<AiSystemId, EntryData> entry, LocalDate dueOn) {
		return contacts.mailbox(entry.owner()).map(mailbox -> {
			mails.sendIfPossible(mailbox.to(), "", entry.reference(), entry.data().tradeName(),
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
						.withLocale(mailbox.to().language())
						.format(dueOn),
					mails.link(WORKSPACE_ROUTE), mailbox.legalName(), freshness.reviewInterval().toTotalMonths());
			return true;
		}).orElse(false);
	}

}
