package org.airegistry.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.airegistry.security.CurrentActor;
import org.airegistry.shared.i18n.OfficialLanguages;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.shell.components.ForVisitorsOnly;
import org.airegistry.shell.components.StaticHtml;

import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeDetails;
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

	private final List<NativeDetails> menus = new ArrayList<>();

	private Header header;

	private Button menuButton;

	/** The organisation's settings pages, shown in the account menu. */
	private Div accountLinks;

	private final LocaleSupport localeSupport;

	/** Stands in for the language switcher in the first response. */
	private final Nav languageLinks = new Nav();

	public MainLayout(CurrentActor currentActor, AuthenticationContext authentication, LocaleSupport localeSupport) {
		this(currentActor, authentication, localeSupport, List.of(), new MenuEntries());
	}

	@Autowired
	public MainLayout(CurrentActor currentActor, AuthenticationContext authentication, LocaleSupport localeSupport,
			List<SiteNotices> notices, MenuEntries menuEntries) {
		this.localeSupport = localeSupport;
		addClassName("site");
		Anchor skip = new Anchor("#main-content", getTranslation("shell.skipToContent"));
		skip.addClassName("skip-link");

		Anchor brand = new Anchor("", getTranslation("app.name"));
		brand.addClassName("brand");

		header = new Header(skip, brand, searchBox(), navigation(currentActor.current().isPresent(), menuEntries),
				languageSwitcher(), account(currentActor, authentication));
		header.addClassName("site-header");
		// phones: a compact header whose navigation, language and account sit behind a
		// menu button (issue 21); wider screens never show the button
		Button menu = new Button(getTranslation("shell.menu"));
		menuButton = menu;
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
		add(header);
		notices.forEach(source -> source.forCurrentUser(this).forEach(this::add));
		add(content);
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

	private Nav navigation(boolean loggedIn, MenuEntries menuEntries) {
		Nav nav = new Nav();
		nav.addClassName("site-nav");
		nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
		Map<String, Div> groups = new LinkedHashMap<>();
		for (String group : GROUPS) {
			groups.put(group, null);
		}
		for (MenuEntry entry : menuEntries.forCurrentVisitor()) {
			if (loggedIn && entry.menuClass() != null && ForVisitorsOnly.class.isAssignableFrom(entry.menuClass())) {
				continue;
			}
			Anchor link = new Anchor(entry.path(), getTranslation(entry.title()));
			String group = group(entry.path(), loggedIn);
			if (group == null) {
				nav.add(link);
			}
			else {
				Div links = groups.get(group);
				if (links == null) {
					links = new Div();
					links.addClassName("nav-group-links");
					groups.put(group, links);
				}
				links.add(link);
			}
		}
		groups.forEach((group, links) -> {
			if (links == null) {
				return;
			}
			if (group.equals("organisation")) {
				// the organisation's settings sit in the account menu, next to "Log out"
				accountLinks = links;
			}
			else {
				nav.add(groupMenu(group, links));
			}
		});
		return nav;
	}

	static final String HEADER_ID = "site-header";

	/**
	 * The groups of the signed-in navigation, in their order (issue 21: a provider's
	 * eleven links and the regulator's ten wrapped onto two lines at 1 280 px and mixed
	 * public with own items): the public register, the organisation's own work, its
	 * account settings, and the regulator's console in four groups.
	 */
	static final List<String> GROUPS = List.of("public", "workspace", "organisation", "overview", "inboxes",
			"registers", "operations");

	/**
	 * The navigation group of a menu path; {@code null} for a link of its own (every
	 * public page for visitors, who have few links).
	 */
	static String group(String path, boolean loggedIn) {
		String route = path.startsWith("/") ? path.substring(1) : path;
		if (route.equals("oversight") || route.startsWith("oversight/")) {
			return switch (route) {
				case "oversight" -> "overview";
				case "oversight/organisations", "oversight/fria", "oversight/complaints", "oversight/reports" ->
					"inboxes";
				case "oversight/search-index", "oversight/audit" -> "operations";
				default -> "registers";
			};
		}
		if (route.equals("workspace") || route.startsWith("workspace/") || route.equals("my-deployments")
				|| route.startsWith("deployer/")) {
			return "workspace";
		}
		if (route.startsWith("organisation/") || route.startsWith("account/")) {
			return "organisation";
		}
		if (route.startsWith("admin/")) {
			// the administrator's authorities and competences are operations of the
			// console, not pages of the public register
			return "operations";
		}
		return loggedIn ? "public" : null;
	}

	/**
	 * One group as a disclosure (a native {@code details}: keyboard and screen reader
	 * support without scripts), closed again after each navigation; a group of one link
	 * is the link itself.
	 */
	private Component groupMenu(String group, Div links) {
		if (links.getComponentCount() == 1) {
			Component only = links.getComponentAt(0);
			only.addClassName("console-link");
			return only;
		}
		NativeDetails details = new NativeDetails(
				getTranslation((CONSOLE_GROUPS.contains(group) ? "shell.console." : "shell.nav.") + group), links);
		details.addClassName("nav-group");
		menus.add(details);
		return details;
	}

	private static final List<String> CONSOLE_GROUPS = List.of("overview", "inboxes", "registers", "operations");

	/** The open groups and the phone menu close when the visitor has gone somewhere. */
	private void closeMenus() {
		menus.forEach(details -> details.setOpen(false));
		if (header != null) {
			header.setClassName("menu-open", false);
		}
		if (menuButton != null) {
			menuButton.getElement().setAttribute("aria-expanded", "false");
		}
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
		closeMenus();
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
			// one disclosure named after the user, with the organisation's settings and
			// "Log out" (issue 21: every role's header on one line at 1 280 px)
			Div links = accountLinks == null ? new Div() : accountLinks;
			links.addClassName("nav-group-links");
			Button logout = new Button(getTranslation("shell.logout"), click -> authentication.logout());
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			StaticHtml.omit(logout);
			links.add(logout);
			NativeDetails menu = new NativeDetails(actor.displayName(), links);
			menu.addClassNames("nav-group", "account-menu");
			menu.getSummary()
				.getElement()
				.setAttribute("aria-label", getTranslation("shell.account", actor.displayName()));
			menus.add(menu);
			account.add(menu);
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
