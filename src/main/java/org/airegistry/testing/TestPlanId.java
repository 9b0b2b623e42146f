package org.airegistry.testing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.publication.RecordId;

/** Identifies one test plan across all its versions (not its public UID). */
public record TestPlanId(UUID value) implements RecordId {

	public TestPlanId {
		Objects.requireNonNull(value, "value");
	}

	public static TestPlanId random() {
		return new TestPlanId(UUID.randomUUID());
	}

	public static Optional<TestPlanId> parse(String text) {
		try {
			return Optional.of(new TestPlanId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
