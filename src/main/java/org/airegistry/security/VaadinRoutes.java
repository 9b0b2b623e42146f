package org.airegistry.security;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests address one of the application's Vaadin routes (pages). */
public final class VaadinRoutes {

	private VaadinRoutes() {
	}

	/** The request's path inside the application, starting with {@code /}. */
	public static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Whether the request's path is a route (with or without its parameters filled). */
	public static boolean isRoute(HttpServletRequest request) {
		String path = path(request);
		ApplicationRouteRegistry routes = ApplicationRouteRegistry
			.getInstance(new VaadinServletContext(request.getServletContext()));
		NavigationRouteTarget target = routes.getNavigationRouteTarget(path.startsWith("/") ? path.substring(1) : path);
		return target != null && target.getRouteTarget() != null;
	}

	/**
	 * Whether the request is Vaadin's own traffic (UI updates, uploads, push, resources)
	 * rather than a page.
	 */
	public static boolean isVaadinRequest(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null && (query.startsWith("v-r=") || query.contains("&v-r=")))
				|| path(request).startsWith("/VAADIN/");
	}

	/**
	 * A page address that is no route: read requests for it are answered by Vaadin with
	 * the 404 page, for every visitor, instead of a login redirect or a bare 403.
	 */
	public static boolean isUnknownPage(HttpServletRequest request) {
		String method = request.getMethod();
		return ("GET".equals(method) || "HEAD".equals(method)) && !isVaadinRequest(request) && !isRoute(request);
	}

}
