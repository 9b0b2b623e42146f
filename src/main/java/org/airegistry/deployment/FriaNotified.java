package org.airegistry.deployment;

import org.airegistry.shared.DomainEvent;

/**
 * A deployer notified its assessment to the market surveillance authority (Art 27(3)).
 *
 * @param id the assessment
 * @param assessmentVersion the notified version
 */
public record FriaNotified(FriaId id, int assessmentVersion) implements DomainEvent {

}
