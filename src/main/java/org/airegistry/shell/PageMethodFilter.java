package org.airegistry.shell;

import java.io.IOException;
import java.util.Set;

import org.airegistry.security.VaadinRoutes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages are read with GET (and HEAD): another method on a page's address answers 405 with
 * {@code Allow: GET, HEAD}, before the CSRF check could answer 403. Vaadin's own requests
 * (they carry {@code v-r} or live under {@code /VAADIN/}) and the login and logout forms
 * are not pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageMethodFilter extends OncePerRequestFilter {

	static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	/** Addresses where Spring Security itself takes form posts. */
	static final Set<String> FORM_POSTS = Set.of("/login", "/logout");

	private final ErrorDocuments documents;

	PageMethodFilter(ErrorDocuments documents) {
		this.documents = documents;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (READ_METHODS.contains(request.getMethod()) || VaadinRoutes.isVaadinRequest(request)) {
			chain.doFilter(request, response);
			return;
		}
		String path = VaadinRoutes.path(request);
		if (FORM_POSTS.contains(path) || !VaadinRoutes.isRoute(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Allow", "GET, HEAD");
		documents.write(request, response, path, HttpServletResponse.SC_METHOD_NOT_ALLOWED, null);
	}

}
