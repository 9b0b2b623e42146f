package org.airegistry.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Chooses the UI language: the visitor's explicit choice (kept in a cookie) first, then
 * the browser's preferred language, else English.
 */
@Component
class LocaleSupport implements VaadinServiceInitListener {

	static final String COOKIE = "registry-lang";

	private static final java.util.regex.Pattern LANG_PARAMETER = java.util.regex.Pattern
		.compile("(?:^|&)lang=([A-Za-z]{2,3})(?:&|$)");

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(uiEvent -> {
			VaadinRequest request = VaadinRequest.getCurrent();
			Locale chosen = fromCookie(request).orElseGet(() -> fromBrowser(request));
			uiEvent.getUI().setLocale(chosen);
			VaadinSession.getCurrent().setLocale(chosen);
		});
	}

	/** Switches the language for this visitor and reloads the page in it. */
	static void switchTo(Locale locale) {
		Locale supported = RegistryI18nProvider.supported(locale);
		VaadinResponse response = VaadinService.getCurrentResponse();
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
			cookie.setPath("/");
			cookie.setMaxAge(60 * 60 * 24 * 365);
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		VaadinSession.getCurrent().setLocale(supported);
		UI ui = UI.getCurrent();
		ui.setLocale(supported);
		ui.getPage().reload();
	}

	/**
	 * The language of a page written outside Vaadin (error pages): the {@code lang}
	 * parameter, the visitor's choice in the cookie, else the browser's preference.
	 */
	static Locale resolve(HttpServletRequest request) {
		// read from the raw query: the request may be rejected for a malformed one
		java.util.regex.Matcher parameter = LANG_PARAMETER.matcher(Objects.toString(request.getQueryString(), ""));
		if (parameter.find()) {
			return RegistryI18nProvider.supported(Locale.forLanguageTag(parameter.group(1)));
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					return RegistryI18nProvider.supported(Locale.forLanguageTag(cookie.getValue()));
				}
			}
		}
		return RegistryI18nProvider.supported(request.getLocale());
	}

	private static Optional<Locale> fromCookie(VaadinRequest request) {
		if (request == null || request.getCookies() == null) {
			return Optional.empty();
		}
		return Arrays.stream(request.getCookies())
			.filter(cookie -> COOKIE.equals(cookie.getName()))
			.map(cookie -> RegistryI18nProvider.supported(Locale.forLanguageTag(cookie.getValue())))
			.findFirst();
	}

	private static Locale fromBrowser(VaadinRequest request) {
		if (request == null) {
			return Locale.ENGLISH;
		}
		return RegistryI18nProvider.supported(request.getLocale());
	}

}
