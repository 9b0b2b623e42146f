package org.airegistry.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.search.Facet;
import org.airegistry.search.FacetValue;
import org.airegistry.search.NameSuggestion;
import org.airegistry.search.SearchFilters;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchParameters;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.search.SearchSort;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.LocalisedDatePicker;
import org.airegistry.shell.components.PlainForm;
import org.airegistry.shell.components.PublicAddress;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StaticHtml;
import org.airegistry.shell.components.StructuredData;
import org.airegistry.testing.TestPlanQueries;
import org.airegistry.testing.TestSearch;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Search results from Elasticsearch: ranked, typo-tolerant, with highlighted snippets,
 * facets with live counts, removable filter chips, sort, "did you mean" and name
 * suggestions while typing. The whole search lives in the URL
 * ({@code /search?q=…&ms=DE&area=4&sort=newest&page=2}, see {@link SearchParameters}) so
 * every search can be bookmarked and shared and back/forward work. While Elasticsearch is
 * unreachable the results come from the database, with a notice.
 */
@Route("search")
@AnonymousAllowed
@StyleSheet("styles/search.css")
public class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle, PublicDocument {

	static final int PAGE_SIZE = 20;

	static final int SUGGESTIONS = 8;

	/** Longest facet label before it is cut (Annex III points are long sentences). */
	static final int LABEL_MAX = 90;

	private final SearchService search;

	private final TextField query = new TextField();

	private final UnorderedList suggestions = new UnorderedList();

	private final Div chips = new Div();

	private final Aside facets = new Aside();

	/** The sort choice as links (one element, see {@link #showSort()}). */
	private final Nav sort = new Nav();

	private final DatePicker from = new LocalisedDatePicker();

	private final DatePicker to = new LocalisedDatePicker();

	private final Div results = new Div();

	private final GpaiQueries models;

	private final TestPlanQueries tests;

	private final Nav kinds = new Nav();

	private final Div controls;

	private final Div form;

	/** What the first response says about the page shown (DD035). */
	private DocumentMetadata metadata = DocumentMetadata.page("", "search", null);

	/** The models tab's search parameters while it is shown ({@code kind=models}). */
	private @Nullable Map<String, String> modelParameters;

	/** The tests tab's search parameters while it is shown ({@code kind=tests}). */
	private @Nullable Map<String, String> testParameters;

	private SearchQuery current = SearchQuery.of("");

	/** Set while the view fills its fields from the URL: no navigation then. */
	private boolean updating;

	public SearchView(SearchService search, GpaiQueries models, TestPlanQueries tests) {
		this.search = search;
		this.models = models;
		this.tests = tests;
		addClassName("page");
		addClassName("search-page");
		query.setLabel(getTranslation("search.label"));
		query.setClearButtonVisible(true);
		query.addClassName("search-field");
		query.setValueChangeMode(ValueChangeMode.LAZY);
		query.setValueChangeTimeout(250);
		query.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				showSuggestions(event.getValue());
			}
		});
		Button go = new Button(getTranslation("search.submit"), click -> {
			if (modelParameters != null) {
				Map<String, String> changed = new LinkedHashMap<>(modelParameters);
				changed.put("q", query.getValue());
				getUI().ifPresent(ui -> ui.navigate("search", ModelResults.parameters(changed, 1)));
			}
			else if (testParameters != null) {
				Map<String, String> changed = new LinkedHashMap<>(testParameters);
				changed.put("q", query.getValue());
				getUI().ifPresent(ui -> ui.navigate("search", TestResults.parameters(changed, 1)));
			}
			else {
				navigate(withText(query.getValue()), 1);
			}
		});
		go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		query.addKeyDownListener(Key.ENTER, event -> go.click());
		suggestions.addClassName("name-suggestions");
		suggestions.getElement().setAttribute("aria-label", getTranslation("search.suggestions"));
		Div live = new Div(suggestions);
		live.getElement().setAttribute("aria-live", "polite");
		form = new Div(query, go);
		form.addClassName("search-form");
		form.getElement().setAttribute("role", "search");

		sort.addClassName("search-sort");
		sort.getElement().setAttribute("aria-label", getTranslation("search.sort"));
		from.setLabel(getTranslation("search.registeredFrom"));
		to.setLabel(getTranslation("search.registeredTo"));
		from.setClearButtonVisible(true);
		to.setClearButtonVisible(true);
		from.addValueChangeListener(event -> dateChanged());
		to.addValueChangeListener(event -> dateChanged());
		// the first response has the sort links only (the date pickers need the script)
		controls = new Div(sort, StaticHtml.omit(from), StaticHtml.omit(to));
		controls.addClassName("search-controls");

		chips.addClassName("filter-chips");
		facets.addClassName("facets");
		facets.getElement().setAttribute("aria-label", getTranslation("search.facets"));
		results.addClassName("search-results");
		Div column = new Div(controls, chips, results);
		column.addClassName("search-column");
		// phones (issue 21): results first; the filters open from a button, the active
		// ones stay visible as chips above the results
		facets.setId("search-facets");
		Button filtersToggle = new Button(getTranslation("search.filters.toggle"));
		filtersToggle.addClassName("filters-toggle");
		filtersToggle.getElement().setAttribute("aria-controls", "search-facets");
		filtersToggle.getElement().setAttribute("aria-expanded", "false");
		Div layout = new Div(filtersToggle, facets, column);
		layout.addClassName("search-layout");
		filtersToggle.addClickListener(click -> {
			boolean open = !layout.hasClassName("filters-open");
			layout.setClassName("filters-open", open);
			filtersToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
		});
		kinds.addClassName("search-kinds");
		kinds.getElement().setAttribute("aria-label", getTranslation("search.kind"));
		add(new H1(getTranslation("search.title")), form, live, kinds, layout);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		int page = parsePage(parameters.getOrDefault("page", List.of("")).stream().findFirst().orElse(""));
		suggestions.removeAll();
		if (parameters.getOrDefault(ModelResults.KIND, List.of()).contains(ModelResults.MODELS)) {
			testParameters = null;
			showModels(ModelResults.read(parameters), page);
			return;
		}
		modelParameters = null;
		if (parameters.getOrDefault(KindResults.KIND, List.of()).contains(TestResults.TESTS)) {
			showTests(TestResults.read(parameters), page);
			return;
		}
		testParameters = null;
		controls.setVisible(true);
		current = SearchParameters.read(parameters, page - 1, PAGE_SIZE, false);
		updating = true;
		try {
			query.setValue(current.text());
			from.setValue(current.filters().registeredFrom());
			to.setValue(current.filters().registeredTo());
		}
		finally {
			updating = false;
		}
		showKinds(Kind.SYSTEMS, current.text());
		Map<String, List<String>> kept = new LinkedHashMap<>(SearchParameters.write(current));
		kept.remove("q");
		StaticHtml.standIn(form, plainSearchForm(this, "search-form", "search.label", current.text(), kept));
		showSort();
		SearchResults found = search.search(current);
		show(found, page);
		metadata = metadata(found.total(), page, Kind.SYSTEMS);
	}

	/**
	 * The search page's description: what is searched, how many entries match; result
	 * pages are not for search engines' indexes (their links are).
	 */
	private DocumentMetadata metadata(long total, int page, Kind shown) {
		String text = current.text();
		String description = switch (shown) {
			case MODELS -> getTranslation("search.meta.models");
			case TESTS -> getTranslation("testing.search.intro");
			case SYSTEMS -> text.isBlank() ? getTranslation("search.meta.description", total)
					: getTranslation("search.meta.results", total, text);
		};
		String address = switch (shown) {
			case MODELS -> ModelResults.link(modelParameters == null ? Map.of() : modelParameters, page);
			case TESTS -> TestResults.link(testParameters == null ? Map.of() : testParameters, page);
			case SYSTEMS -> link(current, page);
		};
		StructuredData resultsPage = StructuredData.of("SearchResultsPage")
			.put("name", getPageTitle())
			.put("description", description)
			.put("mainEntity",
					StructuredData.of("ItemList")
						.put("numberOfItems", total)
						.put("itemListElement",
								results.getChildren()
									.map(child -> ComponentUtil.getData(child, Listed.class))
									.filter(java.util.Objects::nonNull)
									.map(listed -> StructuredData.of("ListItem")
										.put("name", listed.name())
										.put("url", PublicAddress.absolute(listed.href())))
									.toList()));
		DocumentMetadata searchPage = DocumentMetadata.page(description, address, resultsPage);
		return text.isBlank() && current.filters().isEmpty() && page == 1 && shown == Kind.SYSTEMS ? searchPage
				: searchPage.notIndexed();
	}

	@Override
	public DocumentMetadata documentMetadata() {
		return metadata;
	}

	/**
	 * The search field as a plain form for the first response and readers without
	 * JavaScript: it keeps the other parameters of the search shown (filters, sort, tab).
	 */
	static Component plainSearchForm(Component host, String className, String labelKey, String text,
			Map<String, List<String>> kept) {
		PlainForm plain = new PlainForm("search");
		plain.addClassName(className);
		plain.getElement().setAttribute("role", "search");
		kept.forEach((name, values) -> values.forEach(value -> plain.add(PlainForm.hidden(name, value))));
		Input input = new Input();
		input.setType("search");
		input.getElement().setAttribute("name", "q");
		input.setValue(text);
		NativeLabel label = new NativeLabel();
		label.addClassName("plain-field");
		label.add(new Span(host.getTranslation(labelKey)), input);
		NativeButton submit = new NativeButton(host.getTranslation("search.submit"));
		submit.getElement().setAttribute("type", "submit");
		plain.add(label, submit);
		return plain;
	}

	/**
	 * The sort choice as links, the chosen one marked {@code aria-current}: one element
	 * whose content is HTML built with jsoup, like the facets (issue 17).
	 */
	private void showSort() {
		org.jsoup.nodes.Element content = new org.jsoup.nodes.Element("div");
		content.appendElement("span").text(getTranslation("search.sort") + ": ");
		for (SearchSort option : SearchSort.values()) {
			String label = getTranslation("search.sort." + option.parameter());
			if (option == current.sort()) {
				content.appendElement("span").attr("aria-current", "true").text(label);
			}
			else {
				content.appendElement("a")
					.attr("href", link(new SearchQuery(current.text(), current.filters(), option, 0, PAGE_SIZE), 1))
					.text(label);
			}
			content.appendText(" ");
		}
		sort.getElement().setProperty("innerHTML", content.html());
	}

	/** The general-purpose AI models tab: model facets, chips, highlights and pages. */
	private void showModels(Map<String, String> parameters, int page) {
		modelParameters = parameters;
		showKindTab(Kind.MODELS, ModelResults.MODELS, parameters, page, () -> {
			ModelResults tab = new ModelResults(this, parameters, page, PAGE_SIZE);
			ModelSearch.Results found = models.search(tab.search());
			tab.show(found, facets, chips, results);
			return found.total();
		});
	}

	/**
	 * The real-world tests tab (Art 60(4)(c), Art 71(4)): test facets, chips, highlights
	 * and pages.
	 */
	private void showTests(Map<String, String> parameters, int page) {
		testParameters = parameters;
		showKindTab(Kind.TESTS, TestResults.TESTS, parameters, page, () -> {
			TestResults tab = new TestResults(this, parameters, page, PAGE_SIZE);
			TestSearch.Results found = tests.search(tab.search());
			tab.show(found, facets, chips, results);
			return found.total();
		});
	}

	/**
	 * What the models and tests tabs share: the query field, the "What" switch, the
	 * emptied areas the tab fills ({@code show} answers the total), the plain form that
	 * keeps the tab's filters and the page's metadata.
	 */
	private void showKindTab(Kind kind, String kindValue, Map<String, String> parameters, int page,
			java.util.function.LongSupplier show) {
		current = SearchQuery.of(parameters.getOrDefault("q", ""));
		updating = true;
		try {
			query.setValue(current.text());
		}
		finally {
			updating = false;
		}
		controls.setVisible(false);
		showKinds(kind, current.text());
		results.removeAll();
		chips.removeAll();
		facets.removeAll();
		long total = show.getAsLong();
		Map<String, List<String>> kept = new LinkedHashMap<>();
		kept.put(KindResults.KIND, List.of(kindValue));
		parameters.forEach((name, value) -> {
			if (!name.equals("q")) {
				kept.put(name, List.of(value));
			}
		});
		StaticHtml.standIn(form, plainSearchForm(this, "search-form", "search.label", current.text(), kept));
		metadata = metadata(total, page, kind);
	}

	/** What the search page shows: the "What" switch. */
	private enum Kind {

		SYSTEMS, MODELS, TESTS

	}

	/**
	 * The "What" switch: AI systems, general-purpose AI models or real-world tests
	 * published with the provider's consent (Art 60(4)(c)), the text kept.
	 */
	private void showKinds(Kind shown, String text) {
		kinds.removeAll();
		kinds.add(new Span(getTranslation("search.kind") + ": "));
		Map<String, String> textOnly = text.isBlank() ? Map.of() : Map.of("q", text);
		kinds.add(kind(getTranslation("search.kind.systems"), link(withText(text), 1), shown == Kind.SYSTEMS));
		kinds.add(new Span(" | "));
		kinds.add(kind(getTranslation("search.kind.models"), ModelResults.link(textOnly, 1), shown == Kind.MODELS));
		kinds.add(new Span(" | "));
		kinds.add(kind(getTranslation("testing.search.kind"), TestResults.link(textOnly, 1), shown == Kind.TESTS));
	}

	private static Component kind(String label, String href, boolean selected) {
		if (selected) {
			Span current = new Span(label);
			current.addClassName("search-kind-selected");
			current.getElement().setAttribute("aria-current", "page");
			return current;
		}
		return new Anchor(href, label);
	}

	private void show(SearchResults found, int page) {
		results.removeAll();
		showChips();
		showFacets(found);
		if (found.mode() == SearchMode.REDUCED) {
			Paragraph notice = new Paragraph(getTranslation("search.reducedMode"));
			notice.addClassName("notice");
			notice.getElement().setAttribute("role", "status");
			results.add(notice);
		}
		String text = current.text();
		Paragraph count = new Paragraph(text.isBlank() ? getTranslation("search.count.all", found.total())
				: getTranslation("search.count", found.total(), text));
		count.addClassName("result-count");
		count.getElement().setAttribute("role", "status");
		results.add(count);
		if (!text.isBlank()) {
			long alsoModels = models.search(new ModelSearch(text, null, null, null, null, 0, 0)).total();
			if (alsoModels > 0) {
				Paragraph also = new Paragraph(getTranslation("search.models.alsoMatch", alsoModels) + " ");
				also.add(new Anchor(ModelResults.link(Map.of("q", text), 1), getTranslation("search.models.show")));
				also.addClassName("models-also-match");
				results.add(also);
			}
		}
		found.didYouMean().ifPresent(corrected -> {
			Paragraph didYouMean = new Paragraph(getTranslation("search.didYouMean") + " ");
			didYouMean.add(new Anchor(link(withText(corrected), 1), corrected));
			didYouMean.addClassName("did-you-mean");
			results.add(didYouMean);
		});
		if (found.hits().isEmpty()) {
			results.add(emptyState());
			return;
		}
		for (SearchHit hit : found.hits()) {
			results.add(result(hit));
		}
		pager(found, page);
	}

	private Div emptyState() {
		Div empty = new Div(new Paragraph(getTranslation("search.empty.help")));
		empty.addClassName("empty-state");
		UnorderedList tips = new UnorderedList(new ListItem(getTranslation("search.empty.tip.words")),
				new ListItem(getTranslation("search.empty.tip.language")));
		empty.add(tips);
		if (!current.filters().isEmpty()) {
			Anchor all = new Anchor(link(current.withFilters(SearchFilters.NONE), 1),
					getTranslation("search.empty.withoutFilters"));
			empty.add(new Paragraph(all));
		}
		return empty;
	}

	private void showChips() {
		chips.removeAll();
		SearchFilters filters = current.filters();
		if (filters.isEmpty()) {
			chips.setVisible(false);
			return;
		}
		chips.setVisible(true);
		for (Facet facet : Facet.values()) {
			for (String value : SearchParameters.values(filters, facet)) {
				List<String> rest = new ArrayList<>(SearchParameters.values(filters, facet));
				rest.remove(value);
				String name = getTranslation("search.facet." + facet.parameter()) + ": ";
				chips.add(chip(name + label(facet, value), name + fullLabel(facet, value),
						current.withFilters(filters.with(facet, rest))));
			}
		}
		if (filters.registeredFrom() != null) {
			String text = getTranslation("search.registeredFrom") + ": " + filters.registeredFrom();
			chips.add(chip(text, text, current.withFilters(dates(filters, null, filters.registeredTo()))));
		}
		if (filters.registeredTo() != null) {
			String text = getTranslation("search.registeredTo") + ": " + filters.registeredTo();
			chips.add(chip(text, text, current.withFilters(dates(filters, filters.registeredFrom(), null))));
		}
		Button clear = new Button(getTranslation("search.clearFilters"),
				click -> navigate(current.withFilters(SearchFilters.NONE), 1));
		clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		StaticHtml.standIn(clear,
				new Anchor(link(current.withFilters(SearchFilters.NONE), 1), getTranslation("search.clearFilters")));
		chips.add(clear);
	}

	/**
	 * A removable filter: shows {@code text} (a long value cut, issue 21) and names the
	 * whole filter, {@code full}, to screen readers and, when cut, on hover.
	 */
	private Button chip(String text, String full, SearchQuery without) {
		Button chip = new Button(text + " ×", click -> navigate(without, 1));
		chip.addClassName("filter-chip");
		chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
		chip.getElement().setAttribute("aria-label", getTranslation("search.removeFilter", full));
		Anchor plain = new Anchor(link(without, 1), text + " ×");
		plain.addClassName("filter-chip");
		plain.getElement().setAttribute("aria-label", getTranslation("search.removeFilter", full));
		if (!text.equals(full)) {
			chip.getElement().setAttribute("title", full);
			plain.getElement().setAttribute("title", full);
		}
		return StaticHtml.standIn(chip, plain);
	}

	private static SearchFilters dates(SearchFilters f, LocalDate newFrom, LocalDate newTo) {
		return new SearchFilters(f.areas(), f.points(), f.classifications(), f.memberStates(), f.statuses(),
				f.providers(), f.deployers(), f.hasFria(), newFrom, newTo);
	}

	private void showFacets(SearchResults found) {
		facets.removeAll();
		facets.add(new H2(getTranslation("search.facets")));
		for (Facet facet : Facet.values()) {
			List<FacetValue> values = found.facet(facet);
			if (facet == Facet.POINT && current.filters().areas().isEmpty() && current.filters().points().isEmpty()) {
				// points appear once an area is chosen: 25 long sentences are too many
				continue;
			}
			if (values.isEmpty()) {
				continue;
			}
			facets.add(facetLinks(facet, values));
		}
		if (found.facets().isEmpty()) {
			facets.add(new Paragraph(getTranslation("search.facets.unavailable")));
		}
	}

	/**
	 * A facet as links, the same in the first response and in the browser: each value
	 * adds itself to the search or, when chosen, removes itself (the FRIA answer replaces
	 * the other one), with its count in the text; a chosen value is marked
	 * {@code aria-current}. Following a link goes through the router, so the URL stays
	 * the whole search (back, bookmarks, shared links). Written as one element whose
	 * content is HTML built with jsoup (texts and addresses escaped): one state node per
	 * facet instead of a checkbox group with a component per value (issue 17, session
	 * benchmark).
	 */
	private Nav facetLinks(Facet facet, List<FacetValue> values) {
		Nav nav = new Nav();
		nav.addClassNames("facet", "facet-links");
		String title = getTranslation("search.facet." + facet.parameter());
		nav.getElement().setAttribute("aria-label", title);
		org.jsoup.nodes.Element content = new org.jsoup.nodes.Element("div");
		content.appendElement("h3").text(title);
		org.jsoup.nodes.Element list = content.appendElement("ul");
		List<String> selected = SearchParameters.values(current.filters(), facet);
		for (FacetValue value : values) {
			List<String> chosen = new ArrayList<>(selected);
			boolean isSelected = chosen.contains(value.value());
			if (isSelected) {
				chosen.remove(value.value());
			}
			else {
				if (facet == Facet.HAS_FRIA) {
					chosen.clear();
				}
				chosen.add(value.value());
			}
			org.jsoup.nodes.Element link = list.appendElement("li")
				.appendElement("a")
				.attr("href", link(current.withFilters(current.filters().with(facet, chosen)), 1));
			link.appendElement("span")
				.addClass("facet-box")
				.attr("aria-hidden", "true")
				.text(isSelected ? "\u2611" : "\u2610");
			String shown = label(facet, value.value());
			link.appendText(" " + shown + " (" + value.count() + ")");
			String full = fullLabel(facet, value.value());
			if (!shown.equals(full)) {
				// issue 21: a cut value keeps its whole text on hover
				link.attr("title", full);
			}
			if (isSelected) {
				link.attr("aria-current", "true");
			}
		}
		nav.getElement().setProperty("innerHTML", content.html());
		return nav;
	}

	/** How a facet value reads on the page: cut to {@link #LABEL_MAX} characters. */
	String label(Facet facet, String value) {
		String label = fullLabel(facet, value);
		return label.length() > LABEL_MAX ? label.substring(0, LABEL_MAX - 1) + "…" : label;
	}

	/** A facet value's whole text. */
	private String fullLabel(Facet facet, String value) {
		return switch (facet) {
			case AREA -> getTranslation("annexIII.area." + value);
			case POINT -> AnnexIIIPoint.fromCode(value).map(p -> getTranslation(p.translationKey())).orElse(value);
			case CLASSIFICATION -> getTranslation("search.classification." + value);
			case MEMBER_STATE -> MemberState.fromCode(value).map(ms -> ms.displayName(getLocale())).orElse(value);
			case STATUS -> getTranslation("status." + value);
			case HAS_FRIA -> getTranslation("search.fria." + value.toLowerCase(Locale.ROOT));
			case PROVIDER, DEPLOYER -> value;
		};
	}

	private void dateChanged() {
		if (updating) {
			return;
		}
		LocalDate start = from.getValue();
		LocalDate end = to.getValue();
		if (start != null && end != null && start.isAfter(end)) {
			to.setInvalid(true);
			to.setErrorMessage(getTranslation("search.registeredTo.beforeFrom"));
			return;
		}
		to.setInvalid(false);
		navigate(current.withFilters(dates(current.filters(), start, end)), 1);
	}

	private void showSuggestions(String typed) {
		suggestions.removeAll();
		if (typed.strip().length() < 2) {
			return;
		}
		for (NameSuggestion name : search.suggestNames(typed, SUGGESTIONS)) {
			Anchor link = new Anchor(link(withText(name.text()), 1), name.text());
			Span kind = new Span(getTranslation("search.suggestion." + name.kind().name().toLowerCase(Locale.ROOT)));
			kind.addClassName("suggestion-kind");
			suggestions.add(new ListItem(link, kind));
		}
	}

	/**
	 * One hit, written as one element with its content as HTML (text escaped by jsoup,
	 * the snippet cleaned to {@code <mark>}): a hit is read, never changed, so it needs
	 * one state node in the session instead of ten (issue 17, session benchmark).
	 */
	private Article result(SearchHit hit) {
		org.jsoup.nodes.Element content = new org.jsoup.nodes.Element("div");
		content.appendElement("h2")
			.addClass("result-title")
			.appendElement("a")
			.attr("href", RegistryRoutes.permalink(hit.registrationNumber()))
			.text(hit.tradeName());
		content.appendElement("span")
			.addClass("entry-meta")
			.text(getTranslation("search.result.meta", hit.providerName(), hit.registrationNumber(),
					Formats.date(hit.publishedAt(), getLocale())));
		content.appendElement("p").addClass("snippet").append(safe(hit.snippetHtml()));
		content.appendElement("span")
			.addClass("entry-meta")
			.text(Formats.memberStates(hit.memberStates(), getLocale()));
		Article article = new Article();
		article.addClassName("result");
		article.getElement().setProperty("innerHTML", content.html());
		return Listed.mark(article, hit.tradeName(), RegistryRoutes.permalink(hit.registrationNumber()));
	}

	/**
	 * A hit's name and address, kept with its article for the page's structured data (the
	 * article's content may be HTML rather than components).
	 */
	record Listed(String name, String href) {

		static Article mark(Article article, String name, String href) {
			ComponentUtil.setData(article, Listed.class, new Listed(name, href));
			return article;
		}

	}

	private void pager(SearchResults found, int page) {
		long pages = (Math.min(found.total(), 500L * PAGE_SIZE) + PAGE_SIZE - 1) / PAGE_SIZE;
		if (pages > 1) {
			results.add(pager(this, page, pages, target -> link(current, target)));
		}
	}

	/** Previous / "page n of m" / next, with links made by {@code link}. */
	static Nav pager(Component host, int page, long pages, IntFunction<String> link) {
		Nav pager = new Nav();
		pager.addClassName("pager");
		pager.getElement().setAttribute("aria-label", host.getTranslation("search.pager"));
		if (page > 1) {
			pager.add(new Anchor(link.apply(page - 1), host.getTranslation("search.previous")));
		}
		pager.add(new Span(host.getTranslation("search.page", page, pages)));
		if (page < pages) {
			pager.add(new Anchor(link.apply(page + 1), host.getTranslation("search.next")));
		}
		return pager;
	}

	/**
	 * Only {@code <mark>} survives: snippets are escaped by Elasticsearch and cleaned
	 * again here.
	 */
	static String safe(String snippetHtml) {
		return Jsoup.clean(snippetHtml, Safelist.none().addTags("mark"));
	}

	private SearchQuery withText(String text) {
		return new SearchQuery(text, current.filters(), current.sort(), 0, PAGE_SIZE);
	}

	private void navigate(SearchQuery target, int page) {
		getUI().ifPresent(ui -> ui.navigate("search", parameters(target, page)));
	}

	private static String link(SearchQuery target, int page) {
		String parameters = parameters(target, page).getQueryString();
		return parameters.isEmpty() ? "search" : "search?" + parameters;
	}

	/** The URL parameters of a search and page. */
	static QueryParameters parameters(SearchQuery target, int page) {
		Map<String, List<String>> parameters = new LinkedHashMap<>(SearchParameters.write(target));
		if (page > 1) {
			parameters.put("page", List.of(Integer.toString(page)));
		}
		return parameters.isEmpty() ? QueryParameters.of("q", "") : new QueryParameters(parameters);
	}

	static int parsePage(String value) {
		try {
			int page = Integer.parseInt(value);
			return Math.max(1, Math.min(page, 500));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	@Override
	public String getPageTitle() {
		String text = query.getValue();
		return (text.isBlank() ? getTranslation("search.title") : getTranslation("search.titleFor", text)) + " · "
				+ getTranslation("app.name");
	}

}
