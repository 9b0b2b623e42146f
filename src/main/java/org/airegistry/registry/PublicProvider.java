package org.airegistry.registry;

import org.airegistry.shared.OrganisationId;

/**
 * A provider organisation with at least one published entry, as the public sees it.
 *
 * @param id the organisation
 * @param legalName its legal name (Annex VIII A.1)
 * @param country ISO 3166-1 alpha-2 code of the country it is established in
 * @param publishedEntries how many of its entries have a public version
 */
public record PublicProvider(OrganisationId id, String legalName, String country, long publishedEntries) {

}
