package org.airegistry.opendata.api;

import jakarta.servlet.ServletContext;
import org.springframework.core.env.Environment;
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

	/** Where the resolved address is kept in the application's servlet context. */
	static final String ATTRIBUTE = BaseUrl.class.getName();

	/**
	 * Without a trailing slash; call on the request thread. Resolved once per application
	 * (it is configuration, or the port the server started on) and then kept: resolving
	 * the placeholders walked every property source on every answer (DD029).
	 */
	static String current() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
			throw new IllegalStateException("No request: the base URL is read from the request's application");
		}
		ServletContext servletContext = web.getRequest().getServletContext();
		if (servletContext.getAttribute(ATTRIBUTE) instanceof String known) {
			return known;
		}
		Environment environment = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
			.getEnvironment();
		String url = environment.resolvePlaceholders(PROPERTY).strip();
		url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		// kept only once it can no longer change: configured, or the server's port known
		if (environment.containsProperty("airegistry.base-url") || environment.containsProperty("local.server.port")) {
			servletContext.setAttribute(ATTRIBUTE, url);
		}
		return url;
	}

}
