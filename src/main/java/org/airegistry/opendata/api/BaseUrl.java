package org.airegistry.opendata.api;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The registry's absolute URL as the client reached it, for permalinks in answers. */
final class BaseUrl {

	private BaseUrl() {
	}

	/** Without a trailing slash; call on the request thread. */
	static String current() {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
