package org.airegistry.deployment;

import java.util.List;

import org.airegistry.shared.OrganisationId;

/**
 * A deployer organisation's public page: the systems it registered the use of.
 *
 * @param id the organisation
 * @param name its legal name
 * @param country ISO code of its seat
 * @param uses the latest version of each public registration, by system name
 */
public record PublicDeployer(OrganisationId id, String name, String country, List<PublicDeployment> uses) {

}
