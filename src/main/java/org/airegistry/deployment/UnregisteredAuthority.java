package org.airegistry.deployment;

import org.airegistry.shared.OrganisationId;

/**
 * An approved public-authority deployer that has not registered any use of a high-risk
 * system (Art 49(3), Art 26(8)): either it uses none, or it uses one unregistered.
 *
 * @param organisation the deployer
 * @param legalName its legal name
 * @param country its seat (ISO 3166-1 alpha-2)
 */
public record UnregisteredAuthority(OrganisationId organisation, String legalName, String country) {

}
