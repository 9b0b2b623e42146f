package org.airegistry.organisation;

import org.airegistry.shared.OrganisationId;

/**
 * An active authorised-representative organisation a provider can name on sign-up.
 *
 * @param id the organisation
 * @param legalName its legal name
 * @param country its seat
 */
public record AuthorisedRepresentativeOption(OrganisationId id, String legalName, String country) {

}
