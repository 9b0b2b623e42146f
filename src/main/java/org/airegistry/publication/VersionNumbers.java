package org.airegistry.publication;

import java.util.Optional;

/** Version numbers as they appear in addresses. */
public final class VersionNumbers {

	private VersionNumbers() {
	}

	/** A version number from an address: a positive integer, else empty. */
	public static Optional<Integer> parse(String value) {
		try {
			int number = Integer.parseInt(value);
			return number > 0 ? Optional.of(number) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
