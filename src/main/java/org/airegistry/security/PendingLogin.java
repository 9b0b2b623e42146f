package org.airegistry.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.Authentication;

/**
 * A login whose password was right and whose second factor is still to come (DD045): kept
 * in the HTTP session, never in the security context, so nothing but the code page is
 * open to it. It lapses after {@link #VALID}.
 *
 * @param authentication the authentication to complete
 * @param target where to go afterwards
 * @param since when the password was accepted
 */
public record PendingLogin(Authentication authentication, String target, Instant since) implements Serializable {

	/** The session attribute. */
	public static final String ATTRIBUTE = PendingLogin.class.getName();

	/** How long the code may take. */
	public static final Duration VALID = Duration.ofMinutes(5);

	public RegistryUserDetails user() {
		return (RegistryUserDetails) authentication.getPrincipal();
	}

	public boolean expired(Instant now) {
		return now.isAfter(since.plus(VALID));
	}

}
