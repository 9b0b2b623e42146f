package org.airegistry.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Slows down password guessing: after {@value #FAILURES_PER_ACCOUNT} failed logins for
 * one account, or {@value #FAILURES_PER_ADDRESS} from one network address, within
 * {@link #WINDOW}, further login attempts are refused until the window has passed. The
 * counters live in memory and forget idle keys, so they cannot grow without bound.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

	static final int FAILURES_PER_ACCOUNT = 5;

	static final int FAILURES_PER_ADDRESS = 30;

	static final Duration WINDOW = Duration.ofMinutes(5);

	private final Cache<String, Bucket> accounts = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(WINDOW.multipliedBy(2))
		.build();

	private final Cache<String, Bucket> addresses = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(WINDOW.multipliedBy(2))
		.build();

	private final LoginMetrics metrics;

	LoginThrottle(LoginMetrics metrics) {
		this.metrics = metrics;
	}

	/** Whether a login for this account from this address may be attempted now. */
	public boolean allowed(String username, String address) {
		return account(username).getAvailableTokens() > 0 && address(address).getAvailableTokens() > 0;
	}

	/** Records a failed login. */
	public void failed(String username, String address) {
		account(username).tryConsume(1);
		address(address).tryConsume(1);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		failed(String.valueOf(event.getAuthentication().getName()), currentAddress());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.invalidate(normalise(event.getAuthentication().getName()));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		if (!allowed(username == null ? "" : username, request.getRemoteAddr())) {
			metrics.throttled();
			response.sendRedirect(request.getContextPath() + "/login?error&throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	private Bucket account(String username) {
		return accounts.get(normalise(username), key -> newBucket(FAILURES_PER_ACCOUNT));
	}

	private Bucket address(String address) {
		return addresses.get(address, key -> newBucket(FAILURES_PER_ADDRESS));
	}

	private static Bucket newBucket(int capacity) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, WINDOW).build())
			.build();
	}

	private static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	private static String currentAddress() {
		var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return "unknown";
	}

}
