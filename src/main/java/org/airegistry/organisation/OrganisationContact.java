package org.airegistry.organisation;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.airegistry.shared.OrganisationId;

/**
 * An organisation's functional contact details as the public may see them (Annex VIII
 * A.1, A.3): no natural person's name.
 *
 * @param id the organisation
 * @param legalName its legal name
 * @param postalAddress its postal address; empty when not given
 * @param country ISO code of its seat
 * @param functionalEmail a functional mailbox; empty when not given
 */
public record OrganisationContact(OrganisationId id, String legalName, String postalAddress, String country,
		String functionalEmail) {

	/** The details as lines of text: name, address, country, email. */
	public String asText() {
		return Stream.of(legalName, postalAddress, country, functionalEmail)
			.filter(part -> !part.isBlank())
			.collect(Collectors.joining("\n"));
	}

}
