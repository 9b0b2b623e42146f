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
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			if (loggedIn && entry.menuClass() != null && ForVisitorsOnly.class.isAssignableFrom(entry.menuClass())) {
				continue;
			}
			Anchor link = new Anchor(entry.path(), getTranslation(entry.title()));
			nav.add(link);
		}
		return nav;
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
