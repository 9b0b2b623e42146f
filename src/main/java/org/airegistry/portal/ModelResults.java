package org.airegistry.portal;

import java.util.List;
import java.util.Map;

import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.gpai.ModelType;
import org.airegistry.gpai.PublicModel;
import org.airegistry.shell.components.Formats;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

/**
 * The general-purpose AI models tab of the public search ({@code /search?kind=models}):
 * reads the model search from the URL ({@code q}, {@code modelType}, {@code modality},
 * {@code openSource}, {@code systemicRisk}, {@code page}) and shows its facets with live
 * counts, removable filter chips, the hits with highlighted snippets and the pager.
 */
final class ModelResults extends KindResults {

	static final String MODELS = "models";

	/** The model search's own parameters, in URL order. */
	static final List<String> PARAMETERS = List.of("q", "modelType", "modality", "openSource", "systemicRisk");

	/**
	 * @param host the view, for translations and navigation
	 * @param parameters the URL's model-search parameters (blank ones left out)
	 */
	ModelResults(Component host, Map<String, String> parameters, int page, int pageSize) {
		super(host, MODELS, PARAMETERS, parameters, page, pageSize);
	}

	/** The model-search parameters of a URL, first value each, blank ones dropped. */
	static Map<String, String> read(Map<String, List<String>> url) {
		return read(PARAMETERS, url);
	}

	/** The search these parameters and this page ask for. */
	ModelSearch search() {
		return new ModelSearch(parameters.getOrDefault("q", ""), parse(ModelType.class, parameters.get("modelType")),
				parse(Modality.class, parameters.get("modality")), bool(parameters.get("openSource")),
				bool(parameters.get("systemicRisk")), (page - 1) * pageSize, pageSize);
	}

	/** The models tab's URL for these parameters and page. */
	static String link(Map<String, String> parameters, int page) {
		return link(MODELS, parameters, page);
	}

	static QueryParameters parameters(Map<String, String> parameters, int page) {
		return parameters(MODELS, parameters, page);
	}

	void show(ModelSearch.Results found, Aside facets, Div chips, Div results) {
		showFacets(found, facets);
		showChips(chips);
		count(found.reduced(), "gpai.search.reduced", null, "gpai.search.count", found.total(), results);
		for (PublicModel model : found.hits()) {
			results.add(result(model, found.snippets().get(model.id())));
		}
		pager(found.total(), ModelSearch.MAX_PAGE_SIZE * 10, results);
		openData("models", results);
	}

	private void showFacets(ModelSearch.Results found, Aside facets) {
		facets.add(new H2(t("search.facets")));
		facets.add(facet("systemicRisk", "gpai.search.facet.systemicRisk", found.systemicRisk(),
				value -> t(value ? "gpai.yes" : "gpai.no"), Object::toString));
		facets.add(facet("openSource", "gpai.search.facet.openSource", found.openSource(),
				value -> t(value ? "gpai.yes" : "gpai.no"), Object::toString));
		facets.add(facet("modelType", "gpai.search.facet.modelType", found.modelTypes(),
				type -> t(type.translationKey()), Enum::name));
		facets.add(facet("modality", "gpai.search.facet.modality", found.modalities(),
				modality -> t(modality.translationKey()), Enum::name));
	}

	@Override
	String filterName(String parameter) {
		return t("gpai.search.facet." + parameter);
	}

	@Override
	String valueLabel(String parameter, String value) {
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

	private Article result(PublicModel model, @Nullable String snippetHtml) {
		Article article = result(GpaiRoutes.permalink(model.id()), model.data().name(),
				model.providerName() + " · " + model.data().modelVersion() + " · "
						+ Formats.date(model.publishedAt(), locale()),
				snippetHtml, model.data().intendedTasks(), "model-result");
		if (model.data().systemicRisk()) {
			Span badge = new Span(t("gpai.page.systemicRisk"));
			badge.getElement().getThemeList().add("badge error");
			article.add(badge);
		}
		return article;
	}

	private static @Nullable Boolean bool(@Nullable String value) {
		return value == null ? null : switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> null;
		};
	}

}
