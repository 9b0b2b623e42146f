package org.airegistry.registry;

import java.util.Optional;

import org.airegistry.notification.MailRecipient;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The functional contact details of providers for their public entry pages (Annex VIII
 * A.1): legal name, address, country and functional email, never a natural person's name
 * (Art 71(5), spec §10.3 V7). Needs no login; only for providers with a public entry.
 */
@Component
public class ProviderContacts {

	private final OrganisationService organisations;

	ProviderContacts(OrganisationService organisations) {
		this.organisations = organisations;
	}

	/**
	 * The provider's functional mailbox, if it gave one, in the language its people chose
	 * (else its Member State's, {@link OrganisationService#mailbox}): where the registry
	 * writes to the organisation, e.g. about the authority's moderation of its entries.
	 */
	public Optional<Mailbox> mailbox(OrganisationId provider) {
		return organisations.mailbox(provider)
			.flatMap(to -> organisations.legalName(provider).map(name -> new Mailbox(name, to)));
	}

	/** An organisation's name and its functional mailbox. */
	public record Mailbox(String legalName, MailRecipient to) {

		public String email() {
			return to.address();
		}

	}

	/** The provider's contact details as lines of text. */
	public Optional<String> publicContact(OrganisationId provider) {
		return organisations.contact(provider).map(contact -> contact.asText());
	}

}
