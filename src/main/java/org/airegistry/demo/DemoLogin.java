package org.airegistry.demo;

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
		UserDetails user = users.loadUserByUsername(email);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
