package org.airegistry.testing.ui;

import java.util.Map;

import org.airegistry.testing.PublicTestPlan;
import org.airegistry.testing.TestPlanQueries;
import org.airegistry.testing.TestingRoutes;

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
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public list and keyword search of tests in real-world conditions whose providers
 * consented to publication (Art 60(4)(c), Art 71(4)); the words and the page are in the
 * URL ({@code ?q=…&page=…}).
 */
@Route(TestingRoutes.PUBLIC)
@Menu(title = "nav.publicTests", order = 7)
@AnonymousAllowed
public class PublicTestsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final int PAGE_SIZE = 20;

	private final TestPlanQueries tests;

	private final TextField query = new TextField();

	private final Div results = new Div();

	public PublicTestsView(TestPlanQueries tests) {
		this.tests = tests;
		addClassName("page");
		addClassName("public-tests");
		query.setLabel(getTranslation("testing.search.label"));
		query.setHelperText(getTranslation("testing.search.help"));
		query.setClearButtonVisible(true);
		query.addKeyPressListener(Key.ENTER, event -> search());
		Button search = new Button(getTranslation("testing.search.button"), click -> search());
		search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout form = new HorizontalLayout(query, search);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		form.getElement().setAttribute("role", "search");
		results.getElement().setAttribute("aria-live", "polite");
		add(new H1(getTranslation("testing.search.title")), new Paragraph(getTranslation("testing.search.intro")), form,
				results);
	}

	private void search() {
		getUI().ifPresent(ui -> ui.navigate(TestingRoutes.PUBLIC,
				QueryParameters.simple(query.getValue().isBlank() ? Map.of() : Map.of("q", query.getValue().strip()))));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, java.util.List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		String text = parameters.getOrDefault("q", java.util.List.of("")).getFirst();
		int page = 0;
		try {
			page = Math.max(0,
					Integer.parseInt(parameters.getOrDefault("page", java.util.List.of("1")).getFirst()) - 1);
		}
		catch (NumberFormatException ex) {
			page = 0;
		}
		query.setValue(text);
		show(text, page);
	}

	private void show(String text, int page) {
		results.removeAll();
		TestPlanQueries.Page found = tests.search(text, page, PAGE_SIZE);
		results.add(new H2(getTranslation("testing.search.count", found.total())));
		if (found.items().isEmpty()) {
			results.add(new Paragraph(getTranslation("testing.search.none")));
			return;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("test-results");
		for (PublicTestPlan plan : found.items()) {
			ListItem item = new ListItem(new Anchor(TestingRoutes.permalink(plan.uid()),
					plan.data().systemName() + " (" + plan.uid() + ")"));
			item.add(new Paragraph(getTranslation("testing.search.item", plan.providerName(),
					getTranslation(plan.status().translationKey()), plan.data().intendedPurpose())));
			list.add(item);
		}
		results.add(list);
		int pages = (found.total() + PAGE_SIZE - 1) / PAGE_SIZE;
		if (pages > 1) {
			HorizontalLayout pager = new HorizontalLayout();
			if (page > 0) {
				pager.add(new Anchor(link(text, page), getTranslation("testing.search.previous")));
			}
			pager.add(new Paragraph(getTranslation("testing.search.page", page + 1, pages)));
			if (page + 1 < pages) {
				pager.add(new Anchor(link(text, page + 2), getTranslation("testing.search.next")));
			}
			results.add(pager);
		}
	}

	private static String link(String text, int page) {
		return TestingRoutes.PUBLIC + "?"
				+ (text.isBlank() ? ""
						: "q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8) + "&")
				+ "page=" + page;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("testing.search.title") + " · " + getTranslation("app.name");
	}

}
