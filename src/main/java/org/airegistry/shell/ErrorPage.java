package org.airegistry.shell;

import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The portal's one set of error pages: status, title and text of each, in the visitor's
 * language. Vaadin's error views ({@link NotFoundView}, {@link AccessDeniedView},
 * {@link ErrorView}) and the pages written outside Vaadin ({@link ErrorDocuments}: the
 * {@code /error} page, the servlet container's own errors, rejected requests) fill their
 * {@code <main>} here.
 */
enum ErrorPage {

	BAD_REQUEST(400, "error.badRequest"), FORBIDDEN(403, "error.forbidden"), NOT_FOUND(404, "error.notFound"),
	METHOD_NOT_ALLOWED(405, "error.methodNotAllowed"), URI_TOO_LONG(414, "error.uriTooLong"),
	UNAVAILABLE_FOR_LEGAL_REASONS(451, "error.unavailable"), INTERNAL(500, "error.internal"),
	SERVICE_UNAVAILABLE(503, "error.serviceUnavailable"),
	/**
	 * The database cannot be reached: an outage, not a defect; nothing was saved half-way
	 * (503, never chosen by {@link #forStatus}).
	 */
	DATABASE_UNAVAILABLE(503, "error.databaseUnavailable");

	private final int status;

	private final String key;

	ErrorPage(int status, String key) {
		this.status = status;
		this.key = key;
	}

	int status() {
		return status;
	}

	String titleKey() {
		return key + ".title";
	}

	String textKey() {
		return key + ".text";
	}

	/**
	 * The page for an HTTP status; a status without a page of its own gets the page of
	 * its class (other 4xx: bad request, other 5xx: internal error).
	 */
	static ErrorPage forStatus(int status) {
		for (ErrorPage page : values()) {
			if (page.status == status) {
				return page;
			}
		}
		if (status == 401) {
			return FORBIDDEN;
		}
		return status >= 500 ? INTERNAL : status == 410 ? NOT_FOUND : BAD_REQUEST;
	}

	/**
	 * Fills the page's {@code <main>}: heading, explanation and the way home.
	 * @param translate the translation of a key in the visitor's language
	 * @return the HTTP status to answer
	 */
	int fill(Main page, Function<String, String> translate) {
		page.removeAll();
		page.addClassName("page");
		page.addClassName("error-page");
		page.getElement().setAttribute("data-status", Integer.toString(status));
		page.add(new H1(translate.apply(titleKey())), new Paragraph(translate.apply(textKey())),
				new Paragraph(new Anchor("", translate.apply("error.backHome"))));
		return status;
	}

}
