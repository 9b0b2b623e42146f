package org.airegistry.opendata.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits requests per client IP (token bucket, refilled gradually). Over the limit the
 * client gets 429 with {@code Retry-After} and a problem detail. The client is the
 * security module's {@code ClientAddress} (IPv6 by /64; forwarded addresses only from
 * {@code airegistry.security.trusted-proxies}).
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	private final int requestsPerMinute;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	ApiRateLimitFilter(int requestsPerMinute) {
		this.requestsPerMinute = requestsPerMinute;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (requestsPerMinute <= 0) {
			chain.doFilter(request, response);
			return;
		}
		Bucket bucket = buckets.get(org.airegistry.security.ClientAddress.key(request), ip -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			response.setHeader(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()));
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		response.setHeader(REMAINING_HEADER, "0");
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
					+ "\"detail\":\"This client sent more than " + requestsPerMinute
					+ " requests per minute. Retry after " + retryAfter + " seconds, or use the bulk downloads.\","
					+ "\"instance\":\"" + jsonEscape(request.getRequestURI()) + "\"}");
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(requestsPerMinute)
				.refillGreedy(requestsPerMinute, Duration.ofMinutes(1))
				.build())
			.build();
	}

	static String jsonEscape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append("\\u%04x".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
