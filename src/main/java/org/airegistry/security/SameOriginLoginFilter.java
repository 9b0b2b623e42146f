package org.airegistry.security;

import java.io.IOException;
import java.net.URI;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Login CSRF protection. Vaadin's login form cannot carry Spring's CSRF token, so Vaadin
 * exempts the login post from the token check; instead this filter refuses a login post
 * whose {@code Origin} header (which browsers send with every cross-site post) names
 * another site.
 */
class SameOriginLoginFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String origin = request.getHeader("Origin");
		if (origin != null && !sameOrigin(origin, request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site login refused");
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean sameOrigin(String origin, HttpServletRequest request) {
		try {
			URI uri = URI.create(origin);
			int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
			return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port
					&& request.getScheme().equalsIgnoreCase(uri.getScheme());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
