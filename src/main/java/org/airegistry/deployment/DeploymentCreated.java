package org.airegistry.deployment;

import org.airegistry.shared.DomainEvent;

/**
 * A deployer started a registration (a draft) for the system with this registration
 * number.
 *
 * @param id the new deployment
 * @param registrationNumber the provider entry it points to
 */
public record DeploymentCreated(DeploymentId id, String registrationNumber) implements DomainEvent {
}
