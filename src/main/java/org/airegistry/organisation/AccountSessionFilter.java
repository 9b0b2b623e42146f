package org.airegistry.organisation;

import java.io.IOException;
import java.util.Optional;

import org.airegistry.security.RegistryUserDetails;
import org.airegistry.shared.Outages;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps every session in step with its account, before Spring Security reads the session
 * for the request: the session of an account that was deactivated (or never verified, or
 * whose organisation was deactivated) ends at its next request instead of running until
 * it times out, and a session gets the roles, competences and jurisdiction its account
 * holds now, so that an administrator's change applies from the user's next request on
 * (in every security check, URL and method alike), not from their next login.
 */
@Component
class AccountSessionFilter extends OncePerRequestFilter implements Ordered {

	/** Just before Spring Security's filter chain (order -100). */
	static final int ORDER = -101;

	static final String SESSION_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final OrganisationService organisations;

	AccountSessionFilter(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null
				&& context.getAuthentication().getPrincipal() instanceof RegistryUserDetails details) {
			Optional<RegistryUserDetails> account;
			try {
				account = organisations.activeAccount(details.actor().loginEmail());
			}
			catch (RuntimeException ex) {
				if (!Outages.databaseUnavailable(ex)) {
					throw ex;
				}
				// the database is away: keep the session as it is; the page itself says
				// that the registry is briefly unavailable
				chain.doFilter(request, response);
				return;
			}
			if (account.isEmpty()) {
				// the request goes on without a login: protected pages ask for one
				session.invalidate();
			}
			else if (!account.get().actor().equals(details.actor())) {
				session.setAttribute(SESSION_KEY, refreshed(context.getAuthentication(), account.get()));
			}
		}
		chain.doFilter(request, response);
	}

	static SecurityContext refreshed(Authentication previous, RegistryUserDetails account) {
		account.eraseCredentials();
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(account, null,
				account.getAuthorities());
		updated.setDetails(previous.getDetails());
		return new SecurityContextImpl(updated);
	}

}
