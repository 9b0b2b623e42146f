package org.airegistry.shell;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	/** The location with its {@code lang} parameter set to the language. */
	static String withLanguage(Location location, Locale language) {
		Map<String, List<String>> parameters = new HashMap<>(location.getQueryParameters().getParameters());
		parameters.put(PARAMETER, List.of(language.getLanguage()));
		return new Location(location.getPath(), new QueryParameters(parameters)).getPathWithQueryParameters();
	}

	private static @Nullable Locale profile(LanguagePreference preference) {
		return preference.current().orElse(null);
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
