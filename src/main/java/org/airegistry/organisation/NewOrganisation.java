package org.airegistry.organisation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What is needed to create an organisation.
 *
 * @param legalName the registered legal name
 * @param country ISO 3166-1 alpha-2 code of the seat
 * @param functionalEmail a functional (non-personal) contact address, shown publicly
 * @param roles what the organisation does in the registry
 * @param establishedInEu whether it is established in the Union (Art 22)
 * @param publicCharacter its declared public character (Art 26(8), 27(1), 49(3))
 * @param postalAddress its postal address; empty when not given
 */
public record NewOrganisation(String legalName, String country, @Nullable String functionalEmail,
		Set<OrganisationRole> roles, boolean establishedInEu, PublicCharacter publicCharacter, String postalAddress) {

	/** An organisation without a postal address (given later in its profile). */
	public NewOrganisation(String legalName, String country, @Nullable String functionalEmail,
			Set<OrganisationRole> roles, boolean establishedInEu, PublicCharacter publicCharacter) {
		this(legalName, country, functionalEmail, roles, establishedInEu, publicCharacter, "");
	}

	/** An organisation without a public character. */
	public NewOrganisation(String legalName, String country, @Nullable String functionalEmail,
			Set<OrganisationRole> roles, boolean establishedInEu) {
		this(legalName, country, functionalEmail, roles, establishedInEu, PublicCharacter.none());
	}

	/**
	 * The same organisation with its postal address, which Annex VIII A.1 and A.3 publish
	 * for providers and authorised representatives.
	 */
	public NewOrganisation withPostalAddress(String address) {
		return new NewOrganisation(legalName, country, functionalEmail, roles, establishedInEu, publicCharacter,
				address);
	}

}
