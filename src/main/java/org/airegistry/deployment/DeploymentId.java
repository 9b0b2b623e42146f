package org.airegistry.deployment;

import java.util.Objects;
import java.util.UUID;

import org.airegistry.publication.RecordId;

/** Identifies a deployer registration (Annex VIII Section C). */
public record DeploymentId(UUID value) implements RecordId {

	public DeploymentId {
		Objects.requireNonNull(value, "value");
	}

	public static DeploymentId random() {
		return new DeploymentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
