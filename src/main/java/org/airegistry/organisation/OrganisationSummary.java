package org.airegistry.organisation;

import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may know about an organisation: its public name, seat and functional
 * (non-personal) contact address.
 *
 * @param id the organisation
 * @param legalName the registered legal name
 * @param country ISO 3166-1 alpha-2 code of the seat
 * @param functionalEmail the functional contact address, if any
 */
public record OrganisationSummary(OrganisationId id, String legalName, String country,
		@Nullable String functionalEmail) {

}
