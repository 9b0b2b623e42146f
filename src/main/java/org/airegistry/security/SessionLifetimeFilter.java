package org.airegistry.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The absolute session lifetime: a session older than
 * {@code airegistry.security.session.absolute-timeout} (default 12 hours) ends, however
 * active it is; the next request starts anonymously. The idle timeout is the container's
 * ({@code server.servlet.session.timeout}), which Vaadin's heartbeats do not extend
 * because {@code vaadin.closeIdleSessions} is on.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Duration absolute;

	private final Clock clock;

	SessionLifetimeFilter(Duration absolute, Clock clock) {
		this.absolute = absolute;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && expired(session.getCreationTime())) {
			try {
				session.invalidate();
			}
			catch (IllegalStateException alreadyInvalid) {
				// another request ended it at the same moment
			}
		}
		chain.doFilter(request, response);
	}

	boolean expired(long createdAtMillis) {
		return clock.millis() - createdAtMillis > absolute.toMillis();
	}

}
