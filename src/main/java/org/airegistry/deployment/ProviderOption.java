package org.airegistry.deployment;

import org.airegistry.shared.OrganisationId;

/** A provider organisation a deployer can send a notice to. */
public record ProviderOption(OrganisationId id, String name, String country) {

}
