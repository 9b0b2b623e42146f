package org.airegistry.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an organisation (provider, deployer, authorised representative or
 * authority).
 */
public record OrganisationId(UUID value) {

	public OrganisationId {
		Objects.requireNonNull(value, "value");
	}

	public static OrganisationId random() {
		return new OrganisationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
