package org.airegistry.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Slows down password guessing without locking anybody out (DD040). Every login attempt
 * takes its tokens <em>before</em> the password is checked, so parallel attempts cannot
 * slip past the limit: one from the client's bucket (IPv4 address or IPv6 /64: one client
 * cannot spray passwords over many accounts) and one from the account's bucket — or, when
 * the browser presents a device cookie of an earlier complete login to this account
 * ({@link TrustedDevices}), from that device's own bucket instead, so that failures in
 * the account's name by others never keep its owner out. Each bucket has tiers (a burst,
 * then one attempt every few minutes, then one every half hour): the wait grows with the
 * attempts and always ends. Refused attempts are announced as {@link LoginThrottled} for
 * the audit trail. The buckets are {@link RateLimits}, shared by every instance.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

	private final RateLimits limits;

	private final TrustedDevices devices;

	private final ApplicationEventPublisher events;

	private final UserDetailsService accounts;

	private final BucketConfiguration perAccount;

	private final BucketConfiguration perClient;

	private final BucketConfiguration perDevice;

	private final LoginMetrics metrics;

	LoginThrottle(RateLimits limits, TrustedDevices devices, ApplicationEventPublisher events,
			UserDetailsService accounts, LoginMetrics metrics,
			@Value("${airegistry.security.login.per-account:5/PT5M,20/PT1H,60/P1D}") String perAccount,
			@Value("${airegistry.security.login.per-client:20/PT5M,100/PT1H,300/P1D}") String perClient,
			@Value("${airegistry.security.login.per-device:10/PT5M,50/PT1H}") String perDevice) {
		this.limits = limits;
		this.devices = devices;
		this.events = events;
		this.accounts = accounts;
		this.metrics = metrics;
		this.perAccount = Limits.parse(perAccount);
		this.perClient = Limits.parse(perClient);
		this.perDevice = Limits.parse(perDevice);
	}

	/**
	 * Takes the tokens of one login attempt; empty when it may go ahead, else the wait.
	 * @param device the trusted device's key, or null for an unknown client
	 */
	public Optional<Refusal> attempt(String username, String client, @Nullable String device) {
		String account = normalise(username);
		ConsumptionProbe byClient = limits.tryConsume("login.client:" + client, perClient);
		if (!byClient.isConsumed()) {
			return Optional.of(new Refusal("client", wait(byClient)));
		}
		ConsumptionProbe byAccount = device == null ? limits.tryConsume("login.account:" + account, perAccount)
				: limits.tryConsume("login.device:" + device, perDevice);
		if (!byAccount.isConsumed()) {
			return Optional.of(new Refusal(device == null ? "account" : "device", wait(byAccount)));
		}
		return Optional.empty();
	}

	/**
	 * Takes a token for one guess of a second-factor code of the account (codes are
	 * short: their guesses are limited like passwords).
	 */
	public Optional<Refusal> secondFactorAttempt(String username, String client) {
		ConsumptionProbe byCode = limits.tryConsume("login.code:" + normalise(username), perAccount);
		if (!byCode.isConsumed()) {
			announce(username, "second-factor", client, wait(byCode));
			return Optional.of(new Refusal("second-factor", wait(byCode)));
		}
		return Optional.empty();
	}

	/** After a complete login on a known device: its bucket is full again. */
	public void succeeded(String username, @Nullable String device) {
		if (device != null) {
			limits.reset("login.device:" + device, perDevice);
		}
		limits.reset("login.code:" + normalise(username), perAccount);
	}

	/** Why an attempt was refused and how long to wait. */
	public record Refusal(String limit, Duration retryAfter) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		String account = username == null ? "" : username;
		String client = ClientAddress.key(request);
		String device = account.isBlank() ? null : devices.trustedDevice(request, account);
		Optional<Refusal> refusal = attempt(account, client, device);
		if (refusal.isPresent()) {
			announce(account, refusal.get().limit(), client, refusal.get().retryAfter());
			response.sendRedirect(request.getContextPath() + "/login?error&throttled="
					+ Math.max(1, (refusal.get().retryAfter().toSeconds() + 59) / 60));
			return;
		}
		// the login page fills the address in again after a failed attempt (own session
		// only)
		request.getSession().setAttribute(LAST_LOGIN_NAME, account.length() > 320 ? "" : account);
		chain.doFilter(request, response);
	}

	/**
	 * Session attribute with the address of the session's last login attempt: the login
	 * page shows it again after a failure, so nobody types it twice.
	 */
	public static final String LAST_LOGIN_NAME = "airegistry.login.lastName";

	private void announce(String username, String limit, String client, Duration wait) {
		metrics.throttled();
		events.publishEvent(new LoginThrottled(known(username) ? normalise(username) : "unknown account", limit, client,
				wait.toSeconds()));
	}

	private boolean known(String username) {
		if (username.isBlank()) {
			return false;
		}
		try {
			accounts.loadUserByUsername(username);
			return true;
		}
		catch (UsernameNotFoundException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static Duration wait(ConsumptionProbe probe) {
		return Duration.ofNanos(Math.max(1_000_000_000L, probe.getNanosToWaitForRefill()));
	}

	static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

}
