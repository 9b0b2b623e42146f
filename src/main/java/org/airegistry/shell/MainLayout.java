package org.airegistry.shell;

import java.util.Locale;

import org.airegistry.security.CurrentActor;
import org.airegistry.shared.i18n.OfficialLanguages;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.shell.components.ForVisitorsOnly;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Layout;
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
public class MainLayout extends Div implements RouterLayout {

	private final Div content = new Div();

	private final LocaleSupport localeSupport;

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

	private Div searchBox() {
		TextField query = new TextField();
		query.setPlaceholder(getTranslation("search.placeholder"));
		query.setAriaLabel(getTranslation("search.label"));
		query.setPrefixComponent(VaadinIcon.SEARCH.create());
		query.setClearButtonVisible(true);
		query.addClassName("header-search");
		Button go = new Button(getTranslation("search.submit"),
				click -> UI.getCurrent().navigate("search", QueryParameters.of("q", query.getValue())));
		go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		query.addKeyDownListener(Key.ENTER, event -> go.click());
		Div search = new Div(query, go);
		search.addClassName("header-search-box");
		search.getElement().setAttribute("role", "search");
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
		return language;
	}

	private Div account(CurrentActor currentActor, AuthenticationContext authentication) {
		Div account = new Div();
		account.addClassName("account");
		currentActor.current().ifPresentOrElse(actor -> {
			Span who = new Span(actor.displayName());
			who.addClassName("account-name");
			Button logout = new Button(getTranslation("shell.logout"), click -> authentication.logout());
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
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
