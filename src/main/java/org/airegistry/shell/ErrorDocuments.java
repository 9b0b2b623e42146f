package org.airegistry.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Error answers written outside Vaadin (the {@code /error} page, the servlet container's
 * own errors, rejected requests): under {@code /api} an RFC 9457 problem document, else
 * the portal's error page in its frame and the visitor's language, with the same texts as
 * Vaadin's error views ({@link ErrorPage}).
 */
@Component
public class ErrorDocuments {

	static final String PROBLEM_JSON = "application/problem+json";

	private final RegistryI18nProvider i18n;

	private final JsonMapper json;

	ErrorDocuments(RegistryI18nProvider i18n, JsonMapper json) {
		this.i18n = i18n;
		this.json = json;
	}

	/** Whether answers for this path (inside the context) are problem documents. */
	static boolean isApi(String path) {
		return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/v3/api-docs")
				|| path.startsWith("/swagger-ui");
	}

	/**
	 * Writes the error answer for {@code status}.
	 * @param path the path the visitor asked for (inside the context)
	 * @param detail for problem documents: what was wrong, in English
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, String path, int status,
			@Nullable String detail) throws IOException {
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		byte[] body;
		if (isApi(path)) {
			response.setContentType(PROBLEM_JSON);
			body = problem(status, detail, path).getBytes(StandardCharsets.UTF_8);
		}
		else {
			Locale locale = LocaleSupport.resolve(request);
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("Content-Language", locale.getLanguage());
			body = page(ErrorPage.forStatus(status), locale, request.getContextPath()).getBytes(StandardCharsets.UTF_8);
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
		response.flushBuffer();
	}

	/** An RFC 9457 problem document. */
	String problem(int status, @Nullable String detail, String instance) {
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", known == null ? "Error" : known.getReasonPhrase());
		problem.put("status", status);
		problem.put("detail", detail == null ? defaultDetail(status) : detail);
		problem.put("instance", instance);
		return json.writeValueAsString(problem);
	}

	private static String defaultDetail(int status) {
		return switch (status) {
			case 404 -> "There is nothing at this address; see /api/docs for the API.";
			case 405 -> "The API is read-only: use GET.";
			case 414 -> "The address is too long.";
			case 400 -> "The request address is malformed or contains characters that are not allowed "
					+ "(such as an encoded slash '%2F', an encoded '%', a NUL byte or a backslash).";
			default -> status >= 500 ? "The request could not be answered." : "The request was refused.";
		};
	}

	/**
	 * What was wrong with a request refused before any controller ran, for problem
	 * documents: the servlet container's refusal of a query string says so; else the
	 * status's default.
	 */
	static @Nullable String detailBeforeController(int status, @Nullable Object exception) {
		for (Throwable cause = exception instanceof Throwable thrown ? thrown : null; cause != null; cause = cause
			.getCause()) {
			if (cause instanceof org.apache.tomcat.util.http.InvalidParameterException) {
				return status == 400
						? "The query string is malformed: parameters must be percent-encoded UTF-8 "
								+ "(a '%' followed by two hexadecimal digits, no invalid or overlong byte sequences)."
						: "The query string has too many parameters.";
			}
		}
		return null;
	}

	/** The whole error page: the portal's frame around the error's heading and text. */
	String page(ErrorPage error, Locale locale, String contextPath) {
		Document document = Document.createShell("");
		document.outputSettings().prettyPrint(false);
		document.selectFirst("html").attr("lang", locale.getLanguage());
		String title = i18n.getTranslation(error.titleKey(), locale) + " · " + i18n.getTranslation("app.name", locale);
		org.jsoup.nodes.Element head = document.head();
		head.appendElement("meta").attr("charset", "UTF-8");
		head.appendElement("meta")
			.attr("name", "viewport")
			.attr("content", "width=device-width, initial-scale=1, viewport-fit=cover");
		head.appendElement("base").attr("href", contextPath + "/");
		head.appendElement("title").text(title);
		head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
		head.appendElement("link").attr("rel", "icon").attr("href", "favicon.ico");
		head.appendElement("link").attr("rel", "stylesheet").attr("href", "lumo/lumo.css");
		head.appendElement("link").attr("rel", "stylesheet").attr("href", "styles/registry.css");

		java.util.function.Function<String, String> translate = key -> i18n.getTranslation(key, locale);
		Anchor skip = new Anchor("#main-content", translate.apply("shell.skipToContent"));
		skip.addClassName("skip-link");
		Anchor brand = new Anchor("", translate.apply("app.name"));
		brand.addClassName("brand");
		Header header = new Header(skip, brand, new SiteSearch(translate));
		header.addClassName("site-header");
		Main main = new Main();
		error.fill(main, translate);
		main.setId("main-content");
		main.getElement().setAttribute("tabindex", "-1");
		Div content = new Div(main);
		content.addClassName("site-content");
		Div site = new Div(header, content);
		site.addClassName("site");
		HtmlSerialiser.toHtml(document, site.getElement()).ifPresent(document.body()::appendChild);
		return "<!doctype html>" + document.outerHtml();
	}

}
