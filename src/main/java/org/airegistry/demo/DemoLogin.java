package org.airegistry.demo;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo runners act through the public services as the demo account that would do the
 * action (the services check roles and organisation scope as for any user).
 */
final class DemoLogin {

	private DemoLogin() {
	}

	/** Runs the action logged in as the account, then logs out. */
	static void actAs(UserDetailsService users, String email, Runnable action) {
		actAs(users, email, () -> {
			action.run();
			return null;
		});
	}

	/** Runs the action logged in as the account, then logs out; returns its result. */
	static <T> T actAs(UserDetailsService users, String email, Supplier<T> action) {
		UserDetails user = users.loadUserByUsername(email);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
