package org.airegistry.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.gpai.ModelType;
import org.airegistry.gpai.PublicModel;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.StaticHtml;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
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
 * The general-purpose AI models tab of the public search ({@code /search?kind=models}):
 * reads the model search from the URL ({@code q}, {@code modelType}, {@code modality},
 * {@code openSource}, {@code systemicRisk}, {@code page}) and shows its facets with live
 * counts, removable filter chips, the hits with highlighted snippets and the pager.
 */
final class ModelResults {

	static final String KIND = "kind";

	static final String MODELS = "models";

	static final String PAGE = "page";

	/** The model search's own parameters, in URL order. */
	static final List<String> PARAMETERS = List.of("q", "modelType", "modality", "openSource", "systemicRisk");

	private final Component host;

	private final Map<String, String> parameters;

	private final int page;

	private final int pageSize;

	/**
	 * @param host the view, for translations and navigation
	 * @param parameters the URL's model-search parameters (blank ones left out)
	 */
	ModelResults(Component host, Map<String, String> parameters, int page, int pageSize) {
		this.host = host;
		this.parameters = parameters;
		this.page = page;
		this.pageSize = pageSize;
	}

	/** The model-search parameters of a URL, first value each, blank ones dropped. */
	static Map<String, String> read(Map<String, List<String>> url) {
		Map<String, String> read = new LinkedHashMap<>();
		for (String name : PARAMETERS) {
			List<String> values = url.getOrDefault(name, List.of());
			if (!values.isEmpty() && !values.getFirst().isBlank()) {
				read.put(name, values.getFirst().strip());
			}
		}
		return read;
	}

	/** The search these parameters and this page ask for. */
	ModelSearch search() {
		return new ModelSearch(parameters.getOrDefault("q", ""), parse(ModelType.class, parameters.get("modelType")),
				parse(Modality.class, parameters.get("modality")), bool(parameters.get("openSource")),
				bool(parameters.get("systemicRisk")), (page - 1) * pageSize, pageSize);
	}

	/** The models tab's URL for these parameters and page. */
	static String link(Map<String, String> parameters, int page) {
		return "search?" + parameters(parameters, page).getQueryString();
	}

	static QueryParameters parameters(Map<String, String> parameters, int page) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put(KIND, MODELS);
		all.putAll(parameters);
		if (page > 1) {
			all.put(PAGE, Integer.toString(page));
		}
		return QueryParameters.simple(all);
	}

	private Map<String, String> with(String parameter, @Nullable String value) {
		Map<String, String> changed = new LinkedHashMap<>(parameters);
		if (value == null || value.isBlank()) {
			changed.remove(parameter);
		}
		else {
			changed.put(parameter, value.strip());
		}
		return changed;
	}

	void show(ModelSearch.Results found, Aside facets, Div chips, Div results) {
		showFacets(found, facets);
		showChips(chips);
		if (found.reduced()) {
			Paragraph notice = new Paragraph(t("gpai.search.reduced"));
			notice.addClassName("notice");
			notice.getElement().setAttribute("role", "status");
			results.add(notice);
		}
		Paragraph count = new Paragraph(t("gpai.search.count", found.total()));
		count.addClassName("result-count");
		count.getElement().setAttribute("role", "status");
		results.add(count);
		for (PublicModel model : found.hits()) {
			results.add(result(model, found.snippets().get(model.id())));
		}
		pager(found, results);
		Paragraph data = new Paragraph(new Anchor("/api/v1/models.csv", t("gpai.search.csv")), new Span(" · "),
				new Anchor("/api/v1/models", t("gpai.search.json")), new Span(" · "),
				new Anchor("/api/v1/models/feed.atom", t("gpai.search.feed")));
		data.getChildren()
			.filter(Anchor.class::isInstance)
			.map(Anchor.class::cast)
			.forEach(anchor -> anchor.setRouterIgnore(true));
		data.addClassName("open-data-links");
		results.add(data);
	}

	private void showFacets(ModelSearch.Results found, Aside facets) {
		facets.add(new H2(t("search.facets")));
		facets.add(facet("systemicRisk", "gpai.search.facet.systemicRisk", found.systemicRisk(),
				value -> t(value ? "gpai.yes" : "gpai.no")));
		facets.add(facet("openSource", "gpai.search.facet.openSource", found.openSource(),
				value -> t(value ? "gpai.yes" : "gpai.no")));
		facets.add(facet("modelType", "gpai.search.facet.modelType", found.modelTypes(),
				type -> t(type.translationKey())));
		facets.add(facet("modality", "gpai.search.facet.modality", found.modalities(),
				modality -> t(modality.translationKey())));
	}

	private <T> Nav facet(String parameter, String titleKey, Map<T, Long> counts, Function<T, String> label) {
		Nav nav = new Nav();
		nav.addClassName("model-facet");
		nav.getElement().setAttribute("aria-label", t(titleKey));
		nav.add(new H3(t(titleKey)));
		UnorderedList list = new UnorderedList();
		String selected = parameters.get(parameter);
		counts.forEach((value, count) -> {
			String code = value instanceof Enum<?> e ? e.name() : value.toString();
			String text = label.apply(value) + " (" + count + ")";
			if (code.equals(selected)) {
				Span current = new Span(text);
				current.getElement().setAttribute("aria-current", "true");
				current.addClassName("facet-selected");
				list.add(new ListItem(current));
			}
			else {
				list.add(new ListItem(new Anchor(link(with(parameter, code), 1), text)));
			}
		});
		nav.add(list);
		return nav;
	}

	private void showChips(Div chips) {
		List<String> filters = PARAMETERS.stream()
			.filter(name -> !name.equals("q") && parameters.containsKey(name))
			.toList();
		chips.setVisible(!filters.isEmpty());
		for (String name : filters) {
			String value = parameters.get(name);
			String text = t("gpai.search.facet." + name) + ": " + valueLabel(name, value);
			Button chip = new Button(text + " ×", click -> navigate(with(name, null)));
			chip.addClassName("filter-chip");
			chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
			chip.getElement().setAttribute("aria-label", t("search.removeFilter", text));
			Anchor plain = new Anchor(link(with(name, null), 1), text + " ×");
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
			chips.add(StaticHtml.standIn(clear, new Anchor(link(textOnly, 1), t("search.clearFilters"))));
		}
	}

	private String valueLabel(String parameter, String value) {
		return switch (parameter) {
			case "openSource", "systemicRisk" -> t("true".equals(value) ? "gpai.yes" : "gpai.no");
			case "modelType" -> {
				ModelType type = parse(ModelType.class, value);
				yield type == null ? value : t(type.translationKey());
			}
			case "modality" -> {
				Modality modality = parse(Modality.class, value);
				yield modality == null ? value : t(modality.translationKey());
			}
			default -> value;
		};
	}

	/**
	 * The UI language: the host's UI, or the current one while the results are built
	 * before the host is attached.
	 */
	private Locale locale() {
		return host.getUI()
			.or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
			.map(com.vaadin.flow.component.UI::getLocale)
			.orElse(Locale.ENGLISH);
	}

	private Article result(PublicModel model, @Nullable String snippetHtml) {
		H2 heading = new H2(new Anchor(GpaiRoutes.permalink(model.id()), model.data().name()));
		heading.addClassName("result-title");
		Span meta = new Span(model.providerName() + " · " + model.data().modelVersion() + " · "
				+ Formats.date(model.publishedAt(), locale()));
		meta.addClassName("entry-meta");
		Paragraph snippet = new Paragraph();
		snippet.addClassName("snippet");
		if (snippetHtml != null) {
			snippet.getElement().setProperty("innerHTML", SearchView.safe(snippetHtml));
		}
		else {
			String tasks = model.data().intendedTasks();
			snippet.setText(tasks.length() > 160 ? tasks.substring(0, 159) + "…" : tasks);
		}
		Article article = new Article(heading, meta, snippet);
		if (model.data().systemicRisk()) {
			Span badge = new Span(t("gpai.page.systemicRisk"));
			badge.getElement().getThemeList().add("badge error");
			article.add(badge);
		}
		article.addClassNames("result", "model-result");
		return article;
	}

	private void pager(ModelSearch.Results found, Div results) {
		long pages = (Math.min(found.total(), ModelSearch.MAX_PAGE_SIZE * 10L) + pageSize - 1) / pageSize;
		if (pages > 1) {
			results.add(SearchView.pager(host, page, pages, target -> link(parameters, target)));
		}
	}

	private void navigate(Map<String, String> target) {
		host.getUI().ifPresent(ui -> ui.navigate("search", parameters(target, 1)));
	}

	private String t(String key, Object... values) {
		return host.getTranslation(key, values);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
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

	private static @Nullable Boolean bool(@Nullable String value) {
		return value == null ? null : switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> null;
		};
	}

}
