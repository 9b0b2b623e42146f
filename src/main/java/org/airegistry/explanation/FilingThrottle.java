package org.airegistry.explanation;

import java.time.Duration;
import java.util.Locale;

import org.airegistry.security.ClientAddress;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Limits new requests per email address and per client (an IPv4 address, an IPv6 /64
 * network: {@link ClientAddress#key}) without tracking anyone: counters live only in
 * memory, keyed by a SHA-256 of the address, and are forgotten when idle. Nothing is
 * logged.
 */
@Component
class FilingThrottle {

	private final Cache<String, Bucket> addresses = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofDays(2))
		.build();

	private final Cache<String, Bucket> networks = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofHours(2))
		.build();

	private final ExplanationProperties.Limits limits;

	FilingThrottle(ExplanationProperties properties) {
		this.limits = properties.limits();
	}

	/**
	 * Message key of the limit that was hit, or {@code null} when the request may go on.
	 */
	@org.jspecify.annotations.Nullable
	String tryFile(String email, String networkAddress) {
		Bucket byAddress = addresses.get(Tokens.hash(email.strip().toLowerCase(Locale.ROOT)),
				key -> bucket(limits.requestsPerAddressPerDay(), Duration.ofDays(1)));
		Bucket byNetwork = networks.get(Tokens.hash(ClientAddress.key(networkAddress)),
				key -> bucket(limits.requestsPerIpPerHour(), Duration.ofHours(1)));
		if (byNetwork.getAvailableTokens() < 1) {
			return "explanation.error.limitNetwork";
		}
		if (byAddress.getAvailableTokens() < 1) {
			return "explanation.error.limitAddress";
		}
		byNetwork.tryConsume(1);
		byAddress.tryConsume(1);
		return null;
	}

	private static Bucket bucket(int capacity, Duration window) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
			.build();
	}

}
