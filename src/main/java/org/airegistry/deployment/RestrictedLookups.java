package org.airegistry.deployment;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.airegistry.shared.OrganisationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often a public-authority deployer may resolve entries of the non-public section
 * (Art 49(4)) by registration number: a token bucket per organisation, refilled gradually
 * ({@code airegistry.deployment.restricted-lookups-per-hour}, default 20). Its own
 * registrations do not count. Kept per application instance.
 */
@Component
class RestrictedLookups {

	private final long perHour;

	private final Cache<OrganisationId, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(2))
		.maximumSize(10_000)
		.build();

	RestrictedLookups(@Value("${airegistry.deployment.restricted-lookups-per-hour:20}") long perHour) {
		this.perHour = perHour;
	}

	/** Takes one lookup from the organisation's allowance; false when it is used up. */
	boolean tryTake(OrganisationId organisation) {
		return buckets
			.get(organisation, id -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
				.build())
			.tryConsume(1);
	}

}
