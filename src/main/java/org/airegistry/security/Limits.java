package org.airegistry.security;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;

/**
 * Reads limits written as {@code 5/PT5M, 20/PT1H, 60/P1D}: each tier allows that many
 * attempts per period and refills gradually. Together the tiers make the delay grow the
 * more a key is used: a burst of five, then one every few minutes, then one every half
 * hour — a slowdown, never a lock that stays.
 */
public final class Limits {

	private Limits() {
	}

	/** The bucket configuration of the tiers. */
	public static BucketConfiguration parse(String tiers) {
		ConfigurationBuilder builder = BucketConfiguration.builder();
		int count = 0;
		for (String tier : tiers.split(",")) {
			if (tier.isBlank()) {
				continue;
			}
			String[] parts = tier.strip().split("/");
			if (parts.length != 2) {
				throw new IllegalArgumentException("A limit looks like 5/PT5M, was: " + tier);
			}
			try {
				long capacity = Long.parseLong(parts[0].strip());
				Duration period = Duration.parse(parts[1].strip());
				builder.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build());
				count++;
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				throw new IllegalArgumentException("A limit looks like 5/PT5M, was: " + tier, ex);
			}
		}
		if (count == 0) {
			throw new IllegalArgumentException("At least one limit is needed, was: " + tiers);
		}
		return builder.build();
	}

}
