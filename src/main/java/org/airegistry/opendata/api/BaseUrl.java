package org.airegistry.opendata.api;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The portal's absolute address for links in API responses, from configuration
 * ({@code airegistry.base-url}; the local server's port when unset, for the demo and the
 * tests), never from the request's {@code Host} header, which a client chooses (DD042).
 */
final class BaseUrl {

	static final String PROPERTY = "${airegistry.base-url:http://localhost:${local.server.port:${server.port:8080}}}";

	private BaseUrl() {
	}

	/** Without a trailing slash; call on the request thread. */
	static String current() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
			throw new IllegalStateException("No request: the base URL is read from the request's application");
		}
		var context = WebApplicationContextUtils.getRequiredWebApplicationContext(web.getRequest().getServletContext());
		String url = context.getEnvironment().resolvePlaceholders(PROPERTY).strip();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
