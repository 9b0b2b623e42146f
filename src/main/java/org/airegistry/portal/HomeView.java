package org.airegistry.portal;

import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.PublicAddress;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StaticHtml;
import org.airegistry.shell.components.StructuredData;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The front page: what the registry is, a search box, and the newest registrations. */
@Route("")
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
public class HomeView extends Main implements HasDynamicTitle, PublicDocument {

	private final long published;

	public HomeView(RegistryQueries registry, OperatorStatement operator) {
		addClassName("page");
		addClassName("home");

		TextField query = new TextField(getTranslation("home.search.label"));
		query.setPlaceholder(getTranslation("home.search.placeholder"));
		query.addClassName("home-search-field");
		Button search = new Button(getTranslation("search.submit"),
				click -> getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.of("q", query.getValue()))));
		search.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		query.addKeyDownListener(Key.ENTER, event -> search.click());
		Div searchForm = new Div(query, search);
		searchForm.addClassName("home-search");
		searchForm.getElement().setAttribute("role", "search");
		StaticHtml.standIn(searchForm,
				SearchView.plainSearchForm(this, "home-search", "home.search.label", "", java.util.Map.of()));

		// Art 49, 71: say whether publishing here fulfils the registration duty
		Paragraph statement = new Paragraph(
				operator.configuredText(getLocale()).orElseGet(() -> getTranslation(operator.defaultKey())));
		statement.addClassName("operator-statement");
		published = registry.countPublished();
		Section hero = new Section(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")),
				statement, searchForm, new Paragraph(getTranslation("home.count", published)));
		hero.addClassName("hero");

		UnorderedList latest = new UnorderedList();
		latest.addClassName("entry-list");
		for (PublicEntry entry : registry.latestPublications(5)) {
			Span meta = new Span(getTranslation("home.latest.meta", entry.providerName(),
					Formats.date(entry.publishedAt(), getLocale())));
			meta.addClassName("entry-meta");
			latest.add(new ListItem(
					new Anchor(RegistryRoutes.permalink(entry.registrationNumber()), entry.data().tradeName()), meta));
		}
		Section newest = new Section(new H2(getTranslation("home.latest.title")), latest);
		if (latest.getChildren().findAny().isEmpty()) {
			newest.add(new Paragraph(getTranslation("home.latest.empty")));
		}
		add(hero, newest);
	}

	/**
	 * The portal as a schema.org WebSite whose search engines can offer a search box
	 * ({@code SearchAction}).
	 */
	@Override
	public DocumentMetadata documentMetadata() {
		String description = getTranslation("home.meta.description", published);
		return DocumentMetadata.page(description, "",
				StructuredData.of("WebSite")
					.put("name", getTranslation("app.name"))
					.put("description", description)
					.put("potentialAction",
							StructuredData.of("SearchAction")
								.put("target", PublicAddress.absolute("search") + "?q={search_term_string}")
								.put("query-input", "required name=search_term_string")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name");
	}

}
