package org.airegistry.shell.components;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute addresses of the portal's pages as the visitor reaches the portal (scheme,
 * host and context path of the current request; behind a proxy from its
 * {@code X-Forwarded-*} headers), e.g. for canonical links and schema.org data.
 */
public final class PublicAddress {

	private PublicAddress() {
	}

	/**
	 * Scheme, host, port (unless the default) and context path, without a final slash.
	 */
	public static String base(HttpServletRequest request) {
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
	}

	/** The base of the current Vaadin request (empty outside a servlet request). */
	public static String base() {
		VaadinRequest request = VaadinRequest.getCurrent();
		if (request instanceof VaadinServletRequest servlet) {
			return base(servlet.getHttpServletRequest());
		}
		return request == null ? "" : request.getContextPath();
	}

	/**
	 * The absolute address of a page given relative to the portal, e.g.
	 * {@code systems/AIR-000001}.
	 */
	public static String absolute(String relativePath) {
		return base() + "/" + (relativePath.startsWith("/") ? relativePath.substring(1) : relativePath);
	}

}
