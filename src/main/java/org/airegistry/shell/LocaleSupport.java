package org.airegistry.shell;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.airegistry.shared.i18n.Translations;
import org.airegistry.shell.components.ComponentTexts;
import org.airegistry.shell.components.LanguagePreference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Chooses the UI language of every page: the {@code lang} parameter of the URL (so that
 * each language has its own address, e.g. {@code /systems/AIR-000001?lang=fr}), then the
 * logged-in user's preferred language, then the visitor's earlier choice (a cookie), then
 * the browser's languages in order of preference, else English; only offered languages
 * count. {@code <html lang>} is written from the same choice. The switcher keeps a choice
 * in the cookie and, for users, in their profile.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

	/** The cookie keeping a visitor's choice. */
	static final String COOKIE = "registry-lang";

	/** The URL parameter naming a page's language. */
	static final String PARAMETER = "lang";

	private final ObjectProvider<LanguagePreference> preferences;

	LocaleSupport(ObjectProvider<LanguagePreference> preferences) {
		this.preferences = preferences;
	}

	/** The {@code lang} parameter in a raw query string. */
	private static final java.util.regex.Pattern LANG_PARAMETER = java.util.regex.Pattern
		.compile("(?:^|&)lang=([A-Za-z]{2,3})(?:&|$)");

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(response -> response.getDocument()
			.getElementsByTag("html")
			.attr("lang", choose(response.getVaadinRequest()).toLanguageTag()));
		event.getSource().addUIInitListener(uiEvent -> {
			Locale chosen = choose(VaadinRequest.getCurrent());
			uiEvent.getUI().setLocale(chosen);
			VaadinSession.getCurrent().setLocale(chosen);
			ComponentTexts.connectionIndicator(uiEvent.getUI());
			uiEvent.getUI().addBeforeEnterListener(enter -> {
				Locale asked = Translations.standard()
					.match(parameter(enter.getLocation().getQueryParameters()))
					.orElse(null);
				UI ui = enter.getUI();
				if (asked != null && !asked.equals(ui.getLocale())) {
					ui.setLocale(asked);
					VaadinSession.getCurrent().setLocale(asked);
					if (!ui.getInternals().getActiveRouterTargetsChain().isEmpty()) {
						// the frame exists in the former language: load the page anew
						ui.getPage().setLocation(enter.getLocation().getPathWithQueryParameters());
					}
				}
			});
		});
	}

	/** The language of a request (see the class comment for the order). */
	Locale choose(@Nullable VaadinRequest request) {
		if (request == null) {
			return Locale.ENGLISH;
		}
		LanguagePreference preference = preferences.getIfAvailable();
		return choose(Translations.standard(), parameter(request), preference == null ? null : profile(preference),
				cookie(request), request.getLocales() == null ? List.of() : Collections.list(request.getLocales()));
	}

	/**
	 * The rule itself: the first offered language of the parameter, the profile, the
	 * cookie and the browser's languages (in their order), else English.
	 */
	static Locale choose(Translations translations, @Nullable Locale parameter, @Nullable Locale profile,
			@Nullable Locale cookie, List<Locale> browser) {
		List<@Nullable Locale> candidates = new ArrayList<>(Arrays.asList(parameter, profile, cookie));
		candidates.addAll(browser);
		return translations.firstOffered(candidates);
	}

	/**
	 * Switches the language: kept in the cookie and the user's profile, then the current
	 * page is loaded anew with {@code lang} set to it.
	 */
	void switchTo(Locale locale) {
		Locale supported = Translations.standard().supported(locale);
		VaadinResponse response = VaadinService.getCurrentResponse();
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
			cookie.setPath("/");
			cookie.setMaxAge(60 * 60 * 24 * 365);
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		LanguagePreference preference = preferences.getIfAvailable();
		if (preference != null) {
			preference.rememberForCurrentUser(supported);
		}
		VaadinSession.getCurrent().setLocale(supported);
		UI ui = UI.getCurrent();
		ui.setLocale(supported);
		Location here = ui.getInternals().getActiveViewLocation();
		ui.getPage().setLocation(withLanguage(here, supported));
	}

	/**
	 * The language of a page written outside Vaadin (error pages), by the same rule: the
	 * {@code lang} parameter, the visitor's choice in the cookie, then the browser's
	 * languages, else English (a user's profile is not read there).
	 */
	static Locale resolve(HttpServletRequest request) {
		// read from the raw query: the request may be rejected for a malformed one
		java.util.regex.Matcher parameter = LANG_PARAMETER.matcher(Objects.toString(request.getQueryString(), ""));
		Locale asked = parameter.find() ? Locale.forLanguageTag(parameter.group(1)) : null;
		Locale kept = null;
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					kept = Locale.forLanguageTag(cookie.getValue());
				}
			}
		}
		List<Locale> browser = request.getLocales() == null ? List.of() : Collections.list(request.getLocales());
		return choose(Translations.standard(), asked, null, kept, browser);
	}

	/** The location with its {@code lang} parameter set to the language. */
	static String withLanguage(Location location, Locale language) {
		Map<String, List<String>> parameters = new HashMap<>(location.getQueryParameters().getParameters());
		parameters.put(PARAMETER, List.of(language.getLanguage()));
		return new Location(location.getPath(), new QueryParameters(parameters)).getPathWithQueryParameters();
	}

	/**
	 * The signed-in user's preferred language; none while the database is away, so that
	 * the page can still say (in the visitor's language by the other rules) that the
	 * registry is briefly unavailable, instead of failing before it is written.
	 */
	private static @Nullable Locale profile(LanguagePreference preference) {
		try {
			return preference.current().orElse(null);
		}
		catch (RuntimeException ex) {
			if (!org.airegistry.shared.Outages.databaseUnavailable(ex)) {
				throw ex;
			}
			return null;
		}
	}

	private static @Nullable Locale parameter(QueryParameters parameters) {
		return parameters.getSingleParameter(PARAMETER).map(Locale::forLanguageTag).orElse(null);
	}

	private static @Nullable Locale parameter(VaadinRequest request) {
		String value = request.getParameter(PARAMETER);
		if (value == null) {
			// the UI may be created by the client's init request, which carries the
			// page's address
			String location = request.getParameter("location");
			if (location != null) {
				value = query(location).get(PARAMETER);
			}
		}
		return value == null || value.isBlank() ? null : Locale.forLanguageTag(value.strip());
	}

	private static Map<String, String> query(String location) {
		Map<String, String> parameters = new HashMap<>();
		try {
			String query = URI.create("/" + location.replaceFirst("^/", "")).getRawQuery();
			if (query != null) {
				QueryParameters.fromString(query)
					.getParameters()
					.forEach((name, values) -> values.stream().findFirst().ifPresent(v -> parameters.put(name, v)));
			}
		}
		catch (IllegalArgumentException ex) {
			// not a valid address: no parameter
		}
		return parameters;
	}

	private static @Nullable Locale cookie(VaadinRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		return Arrays.stream(request.getCookies())
			.filter(cookie -> COOKIE.equals(cookie.getName()))
			.map(cookie -> Locale.forLanguageTag(cookie.getValue()))
			.findFirst()
			.orElse(null);
	}

}
