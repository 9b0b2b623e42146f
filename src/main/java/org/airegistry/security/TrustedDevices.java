package org.airegistry.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import org.airegistry.security.persistence.TrustedDeviceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Device cookies (OWASP "Slow down online guessing attacks with device cookies"): after a
 * complete login the browser gets a random cookie, and the database keeps its SHA-256 for
 * that account. A later login attempt for the same account that presents the cookie is
 * limited per device, not by the account's limit for unknown clients, so an attacker who
 * fails logins in someone's name slows down only unknown clients, never the account's
 * owner on a browser they used before. Devices unused for {@link #KEPT} are forgotten.
 */
@Component
public class TrustedDevices {

	/** The cookie's name. */
	public static final String COOKIE = "AIREGISTRY_DEVICE";

	static final Duration KEPT = Duration.ofDays(180);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TrustedDeviceRepository repository;

	private final Clock clock;

	TrustedDevices(TrustedDeviceRepository repository, ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The device key of the request if its cookie is known for this account, else null.
	 */
	@Transactional(readOnly = true)
	public @Nullable String trustedDevice(HttpServletRequest request, String login) {
		String token = token(request);
		if (token == null) {
			return null;
		}
		String hash = sha256(token);
		return repository.matches(hash, normalise(login)) ? hash : null;
	}

	/** Remembers the browser for the account after a complete login. */
	@Transactional
	public void remember(HttpServletRequest request, HttpServletResponse response, String login) {
		String token = token(request);
		if (token == null || !repository.matches(sha256(token), normalise(login))) {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		repository.remember(sha256(token), normalise(login), clock.instant());
		Cookie cookie = new Cookie(COOKIE, token);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
		cookie.setMaxAge((int) KEPT.toSeconds());
		cookie.setAttribute("SameSite", "Strict");
		response.addCookie(cookie);
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT1M")
	@Transactional
	void forgetUnused() {
		repository.forgetUnusedSince(clock.instant().minus(KEPT));
	}

	private static @Nullable String token(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
					&& cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
				return cookie.getValue();
			}
		}
		return null;
	}

	static String normalise(String login) {
		return login.strip().toLowerCase(Locale.ROOT);
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
