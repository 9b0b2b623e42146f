package org.airegistry.explanation;

import org.airegistry.organisation.OrganisationSummary;

/**
 * A deployer a person may address an explanation request to, for one system.
 *
 * @param organisation the deployer organisation
 * @param registered whether it has a public registration of its use of the system (Annex
 * VIII Section C); requests to deployers that have none are labelled and counted apart
 * from the system's statistics
 */
public record DeployerChoice(OrganisationSummary organisation, boolean registered) {

}
