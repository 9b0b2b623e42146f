package org.airegistry.organisation;

import java.time.Instant;
import java.util.Set;

import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An organisation awaiting a regulator's decision, with what the regulator needs to
 * decide.
 *
 * @param id the organisation
 * @param legalName legal name
 * @param postalAddress postal address
 * @param country ISO country code of the seat
 * @param functionalEmail public functional contact
 * @param establishedInEu whether established in the Union
 * @param roles what it does in the registry
 * @param publicAuthority public authority flag
 * @param publicLawBody body governed by public law flag
 * @param providesPublicServices provides public services flag
 * @param authorisedRepresentative legal name of its authorised representative, if any
 * @param verified whether at least one of its users has verified the email address
 * @param signedUpAt when it signed up
 * @param euEstablishmentAddress the establishment in the Union named by an organisation
 * seated outside it, if any
 */
public record PendingOrganisation(OrganisationId id, String legalName, @Nullable String postalAddress, String country,
		@Nullable String functionalEmail, boolean establishedInEu, Set<OrganisationRole> roles, boolean publicAuthority,
		boolean publicLawBody, boolean providesPublicServices, @Nullable String authorisedRepresentative,
		boolean verified, Instant signedUpAt, @Nullable String euEstablishmentAddress) {

	/**
	 * What the regulator should check before approving (Art 22): a provider not
	 * established in the Union without an authorised representative; a seat outside the
	 * Union with an establishment inside it. Translation keys, in that order.
	 */
	public java.util.List<String> warnings() {
		java.util.List<String> warnings = new java.util.ArrayList<>();
		boolean provider = roles.contains(OrganisationRole.PROVIDER);
		if (provider && !establishedInEu && authorisedRepresentative == null) {
			warnings.add("approval.warning.noRepresentative");
		}
		if (!AccountRules.isEuCountry(country) && establishedInEu) {
			warnings.add("approval.warning.establishmentOutsideSeat");
		}
		return warnings;
	}

}
