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
 */
public record NewOrganisation(String legalName, String country, @Nullable String functionalEmail,
		Set<OrganisationRole> roles, boolean establishedInEu) {

}
