package org.airegistry.deployment;

import org.airegistry.shared.DomainEvent;

/**
 * A public deployer registration got a new version (never sent for registrations in the
 * non-public section, Art 49(4)). Search can refresh the "deployer" and "has FRIA" facets
 * of the provider's entry.
 *
 * @param id the registration
 * @param version the new latest public version
 * @param providerRegistrationNumber the provider's entry the registration links to
 */
public record DeploymentPublished(DeploymentId id, int version,
		String providerRegistrationNumber) implements DomainEvent {

}
