package org.airegistry.organisation;

import java.io.IOException;

import org.airegistry.security.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends the session of an account that was deactivated (or never verified), or whose roles
 * changed (e.g. its organisation was approved, rejected or suspended), at its next
 * request, instead of letting it run until the session times out; the user logs in again
 * with what holds now.
 */
@Component
class DeactivatedAccountFilter extends OncePerRequestFilter {

	private final CurrentActor currentActor;

	private final AccountService accounts;

	DeactivatedAccountFilter(CurrentActor currentActor, AccountService accounts) {
		this.currentActor = currentActor;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var actor = currentActor.current();
		if (actor.isPresent() && !accounts.sessionStillValid(actor.get())) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		chain.doFilter(request, response);
	}

}
