package org.airegistry.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.airegistry.shell.components.StaticHtml;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;

/**
 * What the tabs of the public search for other record kinds than AI systems share
 * ({@code /search?kind=models}, {@code /search?kind=tests}): their parameters in the URL
 * (first value each, blank ones dropped), facets with live counts as links, removable
 * filter chips, pages and navigation.
 */
abstract class KindResults {

	static final String KIND = "kind";

	static final String PAGE = "page";

	private final Component host;

	private final String kind;

	private final List<String> names;

	final Map<String, String> parameters;

	final int page;

	final int pageSize;

	/**
	 * @param kind the value of {@code kind} in the URL
	 * @param names the tab's own parameters, in URL order, {@code q} first
	 * @param parameters the URL's values of them (blank ones left out)
	 */
	KindResults(Component host, String kind, List<String> names, Map<String, String> parameters, int page,
			int pageSize) {
		this.host = host;
		this.kind = kind;
		this.names = names;
		this.parameters = parameters;
		this.page = page;
		this.pageSize = pageSize;
	}

	/** The tab's parameters of a URL, first value each, blank ones dropped. */
	static Map<String, String> read(List<String> names, Map<String, List<String>> url) {
		Map<String, String> read = new LinkedHashMap<>();
		for (String name : names) {
			List<String> values = url.getOrDefault(name, List.of());
			if (!values.isEmpty() && !values.getFirst().isBlank()) {
				read.put(name, values.getFirst().strip());
			}
		}
		return read;
	}

	static QueryParameters parameters(String kind, Map<String, String> parameters, int page) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put(KIND, kind);
		all.putAll(parameters);
		if (page > 1) {
			all.put(PAGE, Integer.toString(page));
		}
		return QueryParameters.simple(all);
	}

	/** The tab's URL for these parameters and page. */
	static String link(String kind, Map<String, String> parameters, int page) {
		return "search?" + parameters(kind, parameters, page).getQueryString();
	}

	String tabLink(Map<String, String> changed, int target) {
		return link(kind, changed, target);
	}

	Map<String, String> with(String parameter, @Nullable String value) {
		Map<String, String> changed = new LinkedHashMap<>(parameters);
		if (value == null || value.isBlank()) {
			changed.remove(parameter);
		}
		else {
			changed.put(parameter, value.strip());
		}
		return changed;
	}

	/** A facet: its values with their counts, each a link choosing it. */
	<T> Nav facet(String parameter, String titleKey, Map<T, Long> counts, Function<T, String> label,
			Function<T, String> code) {
		Nav nav = new Nav();
		nav.addClassName("model-facet");
		nav.getElement().setAttribute("aria-label", t(titleKey));
		nav.add(new H3(t(titleKey)));
		UnorderedList list = new UnorderedList();
		String selected = parameters.get(parameter);
		counts.forEach((value, count) -> {
			String text = label.apply(value) + " (" + count + ")";
			if (code.apply(value).equals(selected)) {
				Span current = new Span(text);
				current.getElement().setAttribute("aria-current", "true");
				current.addClassName("facet-selected");
				list.add(new ListItem(current));
			}
			else {
				list.add(new ListItem(new Anchor(tabLink(with(parameter, code.apply(value)), 1), text)));
			}
		});
		nav.add(list);
		return nav;
	}

	/** The chip text's name of a filter. */
	abstract String filterName(String parameter);

	/** The chip text's value of a filter. */
	abstract String valueLabel(String parameter, String value);

	void showChips(Div chips) {
		List<String> filters = names.stream()
			.filter(name -> !name.equals("q") && parameters.containsKey(name))
			.toList();
		chips.setVisible(!filters.isEmpty());
		for (String name : filters) {
			String value = parameters.get(name);
			String text = filterName(name) + ": " + valueLabel(name, value);
			Button chip = new Button(text + " ×", click -> navigate(with(name, null)));
			chip.addClassName("filter-chip");
			chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
			chip.getElement().setAttribute("aria-label", t("search.removeFilter", text));
			Anchor plain = new Anchor(tabLink(with(name, null), 1), text + " ×");
			plain.addClassName("filter-chip");
			plain.getElement().setAttribute("aria-label", t("search.removeFilter", text));
			chips.add(StaticHtml.standIn(chip, plain));
		}
		if (!filters.isEmpty()) {
			Map<String, String> textOnly = new LinkedHashMap<>();
			if (parameters.containsKey("q")) {
				textOnly.put("q", parameters.get("q"));
			}
			Button clear = new Button(t("search.clearFilters"), click -> navigate(textOnly));
			clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			chips.add(StaticHtml.standIn(clear, new Anchor(tabLink(textOnly, 1), t("search.clearFilters"))));
		}
	}

	/**
	 * Above the hits: the notice that the index could not be reached (searched in the
	 * database instead), the kind's introduction if it has one, then the number of hits.
	 */
	void count(boolean reduced, String reducedKey, @Nullable String introKey, String countKey, long total,
			Div results) {
		if (reduced) {
			Paragraph notice = new Paragraph(t(reducedKey));
			notice.addClassName("notice");
			notice.getElement().setAttribute("role", "status");
			results.add(notice);
		}
		if (introKey != null) {
			Paragraph intro = new Paragraph(t(introKey));
			intro.addClassName("kind-intro");
			results.add(intro);
		}
		Paragraph count = new Paragraph(t(countKey, total));
		count.addClassName("result-count");
		count.getElement().setAttribute("role", "status");
		results.add(count);
	}

	/**
	 * Under the hits: the kind's open data (CSV, JSON and Atom feed under
	 * {@code /api/v1/<path>}), links the router leaves alone.
	 */
	void openData(String path, Div results) {
		Paragraph data = new Paragraph(new Anchor("/api/v1/" + path + ".csv", t("gpai.search.csv")), new Span(" · "),
				new Anchor("/api/v1/" + path, t("gpai.search.json")), new Span(" · "),
				new Anchor("/api/v1/" + path + "/feed.atom", t("gpai.search.feed")));
		data.getChildren()
			.filter(Anchor.class::isInstance)
			.map(Anchor.class::cast)
			.forEach(anchor -> anchor.setRouterIgnore(true));
		data.addClassName("open-data-links");
		results.add(data);
	}

	/**
	 * One hit: its linked title, a line of facts and the highlighted snippet, or the
	 * start of the fallback text when nothing was highlighted.
	 * @param kindClass the hit's class name, e.g. {@code model-result}
	 */
	Article result(String href, String title, String meta, @Nullable String snippetHtml, String fallback,
			String kindClass) {
		H2 heading = new H2(new Anchor(href, title));
		heading.addClassName("result-title");
		Span facts = new Span(meta);
		facts.addClassName("entry-meta");
		Paragraph snippet = new Paragraph();
		snippet.addClassName("snippet");
		if (snippetHtml != null) {
			snippet.getElement().setProperty("innerHTML", SearchView.safe(snippetHtml));
		}
		else {
			snippet.setText(fallback.length() > 160 ? fallback.substring(0, 159) + "…" : fallback);
		}
		Article article = new Article(heading, facts, snippet);
		article.addClassNames("result", kindClass);
		return SearchView.Listed.mark(article, title, href);
	}

	/** The pager under the hits, when there is more than one page of at most ten. */
	void pager(long total, int maxTotal, Div results) {
		long pages = (Math.min(total, maxTotal) + pageSize - 1) / pageSize;
		if (pages > 1) {
			results.add(SearchView.pager(host, page, pages, target -> tabLink(parameters, target)));
		}
	}

	void navigate(Map<String, String> target) {
		host.getUI().ifPresent(ui -> ui.navigate("search", parameters(kind, target, 1)));
	}

	/**
	 * The UI language: the host's UI, or the current one while the results are built
	 * before the host is attached.
	 */
	Locale locale() {
		return host.getUI()
			.or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
			.map(UI::getLocale)
			.orElse(Locale.ENGLISH);
	}

	String t(String key, Object... values) {
		return host.getTranslation(key, values);
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
