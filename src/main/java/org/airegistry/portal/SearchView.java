package org.airegistry.portal;

import java.util.List;
import java.util.Map;

import org.airegistry.registry.RegistryRoutes;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.shell.components.Formats;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Search results from Elasticsearch: ranked, typo-tolerant, with highlighted snippets.
 * The query lives in the URL ({@code /search?q=…&page=…}) so every search can be
 * bookmarked and shared. While Elasticsearch is unreachable the results come from the
 * database, with a notice.
 */
@Route("search")
@AnonymousAllowed
public class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final int PAGE_SIZE = 20;

	private final SearchService search;

	private final TextField query = new TextField();

	private final Div results = new Div();

	public SearchView(SearchService search) {
		this.search = search;
		addClassName("page");
		addClassName("search-page");
		query.setLabel(getTranslation("search.label"));
		query.setClearButtonVisible(true);
		query.addClassName("search-field");
		Button go = new Button(getTranslation("search.submit"), click -> navigate(query.getValue(), 1));
		go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		query.addKeyDownListener(Key.ENTER, event -> go.click());
		Div form = new Div(query, go);
		form.addClassName("search-form");
		form.getElement().setAttribute("role", "search");
		results.addClassName("search-results");
		add(new H1(getTranslation("search.title")), form, results);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		String text = first(parameters, "q").strip();
		if (text.length() > SearchQuery.MAX_TEXT_LENGTH) {
			text = text.substring(0, SearchQuery.MAX_TEXT_LENGTH);
		}
		int page = parsePage(first(parameters, "page"));
		query.setValue(text);
		show(search.search(new SearchQuery(text, page - 1, PAGE_SIZE)), text, page);
	}

	private void show(SearchResults found, String text, int page) {
		results.removeAll();
		if (found.mode() == SearchMode.REDUCED) {
			Paragraph notice = new Paragraph(getTranslation("search.reducedMode"));
			notice.addClassName("notice");
			notice.getElement().setAttribute("role", "status");
			results.add(notice);
		}
		Paragraph count = new Paragraph(text.isBlank() ? getTranslation("search.count.all", found.total())
				: getTranslation("search.count", found.total(), text));
		count.addClassName("result-count");
		count.getElement().setAttribute("role", "status");
		results.add(count);
		if (found.hits().isEmpty()) {
			results.add(new Paragraph(getTranslation("search.empty.help")));
			return;
		}
		for (SearchHit hit : found.hits()) {
			results.add(result(hit));
		}
		pager(found, text, page);
	}

	private Article result(SearchHit hit) {
		Anchor title = new Anchor(RegistryRoutes.permalink(hit.registrationNumber()), hit.tradeName());
		H2 heading = new H2(title);
		heading.addClassName("result-title");
		Span meta = new Span(getTranslation("search.result.meta", hit.providerName(), hit.registrationNumber(),
				Formats.date(hit.publishedAt(), getLocale())));
		meta.addClassName("entry-meta");
		Paragraph snippet = new Paragraph();
		snippet.getElement().setProperty("innerHTML", safe(hit.snippetHtml()));
		snippet.addClassName("snippet");
		Span states = new Span(Formats.memberStates(hit.memberStates(), getLocale()));
		states.addClassName("entry-meta");
		Article article = new Article(heading, meta, snippet, states);
		article.addClassName("result");
		return article;
	}

	private void pager(SearchResults found, String text, int page) {
		long pages = (found.total() + PAGE_SIZE - 1) / PAGE_SIZE;
		if (pages <= 1) {
			return;
		}
		Nav pager = new Nav();
		pager.addClassName("pager");
		pager.getElement().setAttribute("aria-label", getTranslation("search.pager"));
		if (page > 1) {
			pager.add(new Anchor(link(text, page - 1), getTranslation("search.previous")));
		}
		pager.add(new Span(getTranslation("search.page", page, pages)));
		if (page < pages) {
			pager.add(new Anchor(link(text, page + 1), getTranslation("search.next")));
		}
		results.add(pager);
	}

	/**
	 * Only {@code <mark>} survives: snippets are escaped by Elasticsearch and cleaned
	 * again here.
	 */
	static String safe(String snippetHtml) {
		return Jsoup.clean(snippetHtml, Safelist.none().addTags("mark"));
	}

	private void navigate(String text, int page) {
		getUI().ifPresent(ui -> ui.navigate("search", parameters(text, page)));
	}

	private static String link(String text, int page) {
		return "search?" + parameters(text, page).getQueryString();
	}

	private static QueryParameters parameters(String text, int page) {
		return page > 1 ? QueryParameters.simple(Map.of("q", text, "page", Integer.toString(page)))
				: QueryParameters.of("q", text);
	}

	private static String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return values == null || values.isEmpty() ? "" : values.getFirst();
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
