package org.airegistry.gpai.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelType;
import org.airegistry.gpai.PublicModel;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Public search of GPAI model pages ({@code /models?q=&systemicRisk=true…}) with facets
 * for model type, modality, open source and systemic risk, each with its count. The
 * filters live in the URL, so a result list can be shared.
 */
@Route(GpaiRoutes.PUBLIC_MODEL)
@Menu(title = "nav.models", order = 6)
@AnonymousAllowed
public class ModelSearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final GpaiQueries queries;

	private final TextField query = new TextField();

	private Map<String, String> parameters = new LinkedHashMap<>();

	public ModelSearchView(GpaiQueries queries) {
		this.queries = queries;
		addClassNames("page", "model-search");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		parameters = new LinkedHashMap<>();
		event.getLocation().getQueryParameters().getParameters().forEach((key, values) -> {
			if (!values.isEmpty() && !values.getFirst().isBlank()) {
				parameters.put(key, values.getFirst());
			}
		});
		ModelSearch search = new ModelSearch(parameters.getOrDefault("q", ""),
				parse(ModelType.class, parameters.get("modelType")), parse(Modality.class, parameters.get("modality")),
				bool(parameters.get("openSource")), bool(parameters.get("systemicRisk")));
		show(queries.search(search));
	}

	private void show(ModelSearch.Results results) {
		removeAll();
		query.setLabel(getTranslation("gpai.search.label"));
		query.setValue(parameters.getOrDefault("q", ""));
		Button go = new Button(getTranslation("gpai.search.submit"), click -> navigate(with("q", query.getValue())));
		go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		query.addKeyDownListener(Key.ENTER, event -> go.click());
		Div form = new Div(query, go);
		form.addClassName("home-search");
		form.getElement().setAttribute("role", "search");

		Aside facets = new Aside();
		facets.addClassName("facets");
		facets.add(facet("systemicRisk", "gpai.search.facet.systemicRisk", results.systemicRisk(),
				value -> getTranslation(value ? "gpai.yes" : "gpai.no")));
		facets.add(facet("openSource", "gpai.search.facet.openSource", results.openSource(),
				value -> getTranslation(value ? "gpai.yes" : "gpai.no")));
		facets.add(facet("modelType", "gpai.search.facet.modelType", results.modelTypes(),
				type -> getTranslation(type.translationKey())));
		facets.add(facet("modality", "gpai.search.facet.modality", results.modalities(),
				modality -> getTranslation(modality.translationKey())));

		UnorderedList hits = new UnorderedList();
		hits.addClassName("entry-list");
		for (PublicModel model : results.hits()) {
			ListItem item = new ListItem(new Anchor(GpaiRoutes.permalink(model.id()), model.data().name()));
			Span meta = new Span(model.providerName() + " · " + model.data().modelVersion());
			meta.addClassName("entry-meta");
			item.add(meta);
			if (model.data().systemicRisk()) {
				Span badge = new Span(getTranslation("gpai.page.systemicRisk"));
				badge.getElement().getThemeList().add("badge error");
				item.add(badge);
			}
			hits.add(item);
		}
		Paragraph count = new Paragraph(getTranslation("gpai.search.count", results.hits().size()));
		count.getElement().setAttribute("role", "status");
		add(new H1(getTranslation("gpai.search.title")), new Paragraph(getTranslation("gpai.search.intro")), form);
		if (results.reduced()) {
			Paragraph reduced = new Paragraph(getTranslation("gpai.search.reduced"));
			reduced.addClassName("reduced-mode");
			reduced.getElement().setAttribute("role", "note");
			add(reduced);
		}
		add(facets, count, hits);
		if (!parameters.isEmpty()) {
			add(new Paragraph(new Anchor(GpaiRoutes.PUBLIC_MODEL, getTranslation("gpai.search.clear"))));
		}
		add(new Paragraph(new Anchor("/api/v1/models.csv", getTranslation("gpai.search.csv")), new Span(" · "),
				new Anchor("/api/v1/models", getTranslation("gpai.search.json")), new Span(" · "),
				new Anchor("/api/v1/models/feed.atom", getTranslation("gpai.search.feed"))));
		getChildren().filter(Paragraph.class::isInstance)
			.flatMap(paragraph -> paragraph.getChildren())
			.filter(Anchor.class::isInstance)
			.map(Anchor.class::cast)
			.filter(anchor -> anchor.getHref().startsWith("/api/"))
			.forEach(anchor -> anchor.setRouterIgnore(true));
	}

	private <T> Nav facet(String parameter, String titleKey, Map<T, Long> counts, Function<T, String> label) {
		Nav nav = new Nav();
		nav.getElement().setAttribute("aria-label", getTranslation(titleKey));
		nav.add(new H2(getTranslation(titleKey)));
		UnorderedList list = new UnorderedList();
		String selected = parameters.get(parameter);
		counts.forEach((value, count) -> {
			String code = value instanceof Enum<?> e ? e.name() : value.toString();
			String text = label.apply(value) + " (" + count + ")";
			if (code.equals(selected)) {
				Span current = new Span(text);
				current.getElement().setAttribute("aria-current", "true");
				current.addClassName("facet-selected");
				Anchor remove = new Anchor(link(with(parameter, "")), getTranslation("gpai.search.removeFilter"));
				list.add(new ListItem(current, new Span(" "), remove));
			}
			else {
				list.add(new ListItem(new Anchor(link(with(parameter, code)), text)));
			}
		});
		nav.add(list);
		return nav;
	}

	private Map<String, String> with(String parameter, String value) {
		Map<String, String> changed = new LinkedHashMap<>(parameters);
		if (value.isBlank()) {
			changed.remove(parameter);
		}
		else {
			changed.put(parameter, value.strip());
		}
		return changed;
	}

	private static String link(Map<String, String> values) {
		String query = QueryParameters.simple(values).getQueryString();
		return query.isEmpty() ? GpaiRoutes.PUBLIC_MODEL : GpaiRoutes.PUBLIC_MODEL + "?" + query;
	}

	private void navigate(Map<String, String> values) {
		getUI().ifPresent(ui -> ui.navigate(GpaiRoutes.PUBLIC_MODEL, QueryParameters.simple(values)));
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

	@Override
	public String getPageTitle() {
		return getTranslation("gpai.search.title") + " · " + getTranslation("app.name");
	}

}
