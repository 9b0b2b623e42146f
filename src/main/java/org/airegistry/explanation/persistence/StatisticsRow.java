package org.airegistry.explanation.persistence;

import java.time.Instant;
import java.util.UUID;

import org.airegistry.explanation.RequestState;
import org.airegistry.shared.OrganisationId;

/**
 * What the authority's statistics read of a verified request: no address, no free text,
 * no token, only the columns needed to count by state and to compute the deadline.
 *
 * @param id the request (to look up its clock stops)
 * @param deployer the deployer addressed
 * @param deployerCountry the deployer's seat (ISO 3166-1 alpha-2)
 * @param state where the request stands
 * @param submittedAt when it reached the deployer
 * @param extensionMonths the extension granted
 */
public record StatisticsRow(UUID id, OrganisationId deployer, String deployerCountry, RequestState state,
		Instant submittedAt, int extensionMonths) {

}
