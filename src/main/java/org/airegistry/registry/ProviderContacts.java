package org.airegistry.registry;

import java.util.Locale;
import java.util.Optional;

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
	 * The provider's functional mailbox and seat (for the language of mails to it), if it
	 * gave one: where the registry writes to the organisation, e.g. about the authority's
	 * moderation of its entries.
	 */
	public Optional<Mailbox> mailbox(OrganisationId provider) {
		return organisations.contact(provider)
			.filter(contact -> !contact.functionalEmail().isBlank())
			.map(contact -> new Mailbox(contact.legalName(), contact.functionalEmail(), contact.country()));
	}

	/**
	 * The language of mails to the provider's mailbox: the one its people chose, else its
	 * Member State's ({@link OrganisationService#mailLanguage}).
	 */
	public Locale mailLanguage(OrganisationId provider) {
		return organisations.mailLanguage(provider);
	}

	/** An organisation's functional mailbox, its name and the country of its seat. */
	public record Mailbox(String legalName, String email, String country) {
	}

	/** The provider's contact details as lines of text. */
	public Optional<String> publicContact(OrganisationId provider) {
		return organisations.contact(provider).map(contact -> contact.asText());
	}

}
