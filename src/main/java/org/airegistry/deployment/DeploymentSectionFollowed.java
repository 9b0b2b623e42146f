package org.airegistry.deployment;

import org.airegistry.shared.DomainEvent;

/**
 * A deployer registration moved into the section (public or Art 49(4) non-public) of the
 * entry it points to, after a publication or policy change of that entry.
 *
 * @param id the deployment
 * @param registrationNumber the entry it points to
 * @param section the section it is in now
 */
public record DeploymentSectionFollowed(DeploymentId id, String registrationNumber,
		String section) implements DomainEvent {
}
