package org.airegistry.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.airegistry.security.CurrentActor;
import org.airegistry.shared.i18n.OfficialLanguages;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.shell.components.ForVisitorsOnly;
import org.airegistry.shell.components.StaticHtml;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every page: the registry's name, a search box, navigation built from the
 * views' {@code @Menu} annotations (only what the visitor may open), the language
 * switcher and login.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

	private final Div content = new Div();

	private final LocaleSupport localeSupport;

	/** Stands in for the language switcher in the first response. */
	private final Nav languageLinks = new Nav();

	public MainLayout(CurrentActor currentActor, AuthenticationContext authentication, LocaleSupport localeSupport) {
		this.localeSupport = localeSupport;
		addClassName("site");
		Anchor skip = new Anchor("#main-content", getTranslation("shell.skipToContent"));
		skip.addClassName("skip-link");

		Anchor brand = new Anchor("", getTranslation("app.name"));
		brand.addClassName("brand");

		Header header = new Header(skip, brand, searchBox(), navigation(currentActor.current().isPresent()),
				languageSwitcher(), account(currentActor, authentication));
		header.addClassName("site-header");
		// phones: a compact header whose navigation, language and account sit behind a
		// menu button (issue 21); wider screens never show the button
		Button menu = new Button(getTranslation("shell.menu"));
		menu.addClassName("menu-toggle");
		menu.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		menu.getElement().setAttribute("aria-expanded", "false");
		menu.addClickListener(click -> {
			boolean open = !header.hasClassName("menu-open");
			header.setClassName("menu-open", open);
			menu.getElement().setAttribute("aria-expanded", Boolean.toString(open));
		});
		// the written first response has no scripts: there the button is a link to the
		// header itself, which opens the menu through CSS (:target)
		header.setId(HEADER_ID);
		Anchor plainMenu = new Anchor("#" + HEADER_ID, getTranslation("shell.menu"));
		plainMenu.addClassName("menu-toggle");
		StaticHtml.standIn(menu, plainMenu);
		header.addComponentAtIndex(2, menu);
		content.addClassName("site-content");
		add(header, content);
	}

	/**
	 * A plain form (it works in the first response and without JavaScript); inside Vaadin
	 * a search navigates without a page load.
	 */
	private SiteSearch searchBox() {
		SiteSearch search = new SiteSearch(this::getTranslation);
		search.getElement()
			.addEventListener("submit", event -> UI.getCurrent()
				.navigate("search", QueryParameters.of(SiteSearch.PARAMETER,
						event.getEventData().get("element.elements." + SiteSearch.PARAMETER + ".value").asString())))
			.addEventData("element.elements." + SiteSearch.PARAMETER + ".value")
			.preventDefault();
		return search;
	}

	private Nav navigation(boolean loggedIn) {
		Nav nav = new Nav();
		nav.addClassName("site-nav");
		nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
		Map<String, Div> console = new LinkedHashMap<>();
		for (String group : CONSOLE_GROUPS) {
			console.put(group, null);
		}
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			if (loggedIn && entry.menuClass() != null && ForVisitorsOnly.class.isAssignableFrom(entry.menuClass())) {
				continue;
			}
			Anchor link = new Anchor(entry.path(), getTranslation(entry.title()));
			String group = consoleGroup(entry.path());
			if (group == null) {
				nav.add(link);
			}
			else {
				Div links = console.get(group);
				if (links == null) {
					links = new Div();
					links.addClassName("nav-group-links");
					console.put(group, links);
				}
				links.add(link);
			}
		}
		console.forEach((group, links) -> {
			if (links != null) {
				nav.add(consoleMenu(group, links));
			}
		});
		return nav;
	}

	/**
	 * The groups of the regulator's console (issue 21: ten links wrapped onto two lines
	 * and mixed public with oversight items).
	 */
	static final String HEADER_ID = "site-header";

	static final List<String> CONSOLE_GROUPS = List.of("overview", "inboxes", "registers", "operations");

	/** The console group of a menu path; {@code null} for public and workspace pages. */
	static String consoleGroup(String path) {
		String route = path.startsWith("/") ? path.substring(1) : path;
		if (!route.equals("oversight") && !route.startsWith("oversight/")) {
			return null;
		}
		return switch (route) {
			case "oversight" -> "overview";
			case "oversight/organisations", "oversight/fria", "oversight/complaints", "oversight/reports" -> "inboxes";
			case "oversight/search-index", "oversight/audit" -> "operations";
			default -> "registers";
		};
	}

	/**
	 * One console group as a disclosure (a native {@code details}: keyboard and screen
	 * reader support without scripts); a group of one link is the link itself.
	 */
	private com.vaadin.flow.component.Component consoleMenu(String group, Div links) {
		if (links.getComponentCount() == 1) {
			com.vaadin.flow.component.Component only = links.getComponentAt(0);
			only.addClassName("console-link");
			return only;
		}
		com.vaadin.flow.component.html.NativeDetails details = new com.vaadin.flow.component.html.NativeDetails(
				getTranslation("shell.console." + group), links);
		details.addClassName("nav-group");
		return details;
	}

	private Select<Locale> languageSwitcher() {
		Select<Locale> language = new Select<>();
		language.setAriaLabel(getTranslation("shell.language"));
		language.setItems(Translations.standard().offered());
		language.setItemLabelGenerator(OfficialLanguages::ownName);
		language.setValue(Translations.standard().supported(getLocale()));
		language.addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				localeSupport.switchTo(event.getValue());
			}
		});
		language.addClassName("language-switcher");
		// the class before the first response is written (afterNavigation fills the
		// links)
		languageLinks.addClassName("language-links");
		return StaticHtml.standIn(language, languageLinks);
	}

	/**
	 * The language switcher in the first response: a link per language to this page's
	 * address with {@code lang}.
	 */
	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		languageLinks.removeAll();
		languageLinks.addClassName("language-links");
		languageLinks.getElement().setAttribute("aria-label", getTranslation("shell.language"));
		Location location = event.getLocation();
		Map<String, List<String>> parameters = new LinkedHashMap<>(location.getQueryParameters().getParameters());
		Locale current = Translations.standard().supported(getLocale());
		for (Locale language : Translations.standard().offered()) {
			String label = OfficialLanguages.ownName(language);
			if (language.equals(current)) {
				Span shown = new Span(label);
				shown.getElement().setAttribute("aria-current", "true");
				languageLinks.add(shown);
				continue;
			}
			parameters.put("lang", List.of(language.getLanguage()));
			Anchor link = new Anchor(location.getPath() + "?" + new QueryParameters(parameters).getQueryString(),
					label);
			link.getElement().setAttribute("hreflang", language.getLanguage());
			link.getElement().setAttribute("lang", language.getLanguage());
			link.setRouterIgnore(true);
			languageLinks.add(link);
		}
	}

	private Div account(CurrentActor currentActor, AuthenticationContext authentication) {
		Div account = new Div();
		account.addClassName("account");
		currentActor.current().ifPresentOrElse(actor -> {
			Span who = new Span(actor.displayName());
			who.addClassName("account-name");
			Button logout = new Button(getTranslation("shell.logout"), click -> authentication.logout());
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			StaticHtml.omit(logout);
			account.add(who, logout);
		}, () -> account.add(new Anchor("login", getTranslation("shell.login"))));
		return account;
	}

	@Override
	public void showRouterLayoutContent(HasElement view) {
		content.getElement().removeAllChildren();
		content.getElement().appendChild(view.getElement());
		view.getElement().setAttribute("id", "main-content");
		view.getElement().setAttribute("tabindex", "-1");
	}

}
