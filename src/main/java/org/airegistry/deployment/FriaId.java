package org.airegistry.deployment;

import java.util.Objects;
import java.util.UUID;

/** Identifies a fundamental-rights impact assessment (Art 27). */
public record FriaId(UUID value) {

	public FriaId {
		Objects.requireNonNull(value, "value");
	}

	public static FriaId random() {
		return new FriaId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
