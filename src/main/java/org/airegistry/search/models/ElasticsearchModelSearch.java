package org.airegistry.search.models;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.gpai.ModelSearchIndex;
import org.airegistry.gpai.ModelType;
import org.airegistry.search.index.TextFields;

/**
 * The public model search on the gpai-models index: multi-match over name, provider,
 * intended tasks and description (stemmed language sub-fields plus fuzzy matching on the
 * folded fields), facet counts per facet with the other facets' filters applied (hits
 * filtered by a post filter). Answers empty when the index cannot be reached, so the
 * caller falls back to the database.
 */
public class ElasticsearchModelSearch implements ModelSearchIndex {

	/**
	 * Elasticsearch's default {@code index.max_result_window}: from + size stay below.
	 */
	static final int MAX_RESULT_WINDOW = 10_000;

	/** The searched text fields; tasks, description and name make the snippet. */
	static final TextFields TEXT = new TextFields(
			List.of(ModelFields.NAME + "^3", ModelFields.PROVIDER_NAME + "^2", ModelFields.INTENDED_TASKS,
					ModelFields.DESCRIPTION + "^0.5"),
			List.of(ModelFields.INTENDED_TASKS, ModelFields.DESCRIPTION, ModelFields.NAME));

	private static final String VALUES = "values";

	private enum ModelFacet {

		MODEL_TYPE(ModelFields.MODEL_TYPE), MODALITY(ModelFields.MODALITIES), OPEN_SOURCE(ModelFields.OPEN_SOURCE),
		SYSTEMIC_RISK(ModelFields.SYSTEMIC_RISK);

		final String field;

		ModelFacet(String field) {
			this.field = field;
		}

	}

	private final GpaiModelsIndex index;

	public ElasticsearchModelSearch(GpaiModelsIndex index) {
		this.index = index;
	}

	@Override
	public Optional<Hits> search(ModelSearch search) {
		return index.readOrEmpty("Model search", client -> answer(client.search(s -> request(s, search), Void.class)));
	}

	private SearchRequest.Builder request(SearchRequest.Builder s, ModelSearch search) {
		Map<ModelFacet, Query> clauses = clauses(search);
		int from = Math.min(search.offset(), MAX_RESULT_WINDOW);
		int size = Math.min(search.pageSize(), MAX_RESULT_WINDOW - from);
		s.index(index.readAlias())
			.from(from)
			.size(size)
			.trackTotalHits(t -> t.enabled(true))
			.source(src -> src.fetch(false))
			.query(TEXT.query(search.text()))
			.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
			.sort(o -> o.field(f -> f.field(ModelFields.PUBLISHED_AT).order(SortOrder.Desc)));
		if (!clauses.isEmpty()) {
			s.postFilter(TextFields.allBut(clauses, null));
		}
		for (ModelFacet facet : ModelFacet.values()) {
			s.aggregations(facet.name(), a -> a.filter(TextFields.allBut(clauses, facet))
				.aggregations(VALUES, t -> t.terms(terms -> terms.field(facet.field).size(50))));
		}
		TEXT.highlight(s, search.text());
		return s;
	}

	static Optional<String> snippet(Map<String, List<String>> highlight) {
		return TEXT.snippet(highlight);
	}

	private static Map<ModelFacet, Query> clauses(ModelSearch search) {
		Map<ModelFacet, Query> clauses = new EnumMap<>(ModelFacet.class);
		if (search.modelType() != null) {
			clauses.put(ModelFacet.MODEL_TYPE, TextFields.term(ModelFields.MODEL_TYPE, search.modelType().name()));
		}
		if (search.modality() != null) {
			clauses.put(ModelFacet.MODALITY, TextFields.term(ModelFields.MODALITIES, search.modality().name()));
		}
		if (search.openSource() != null) {
			boolean value = search.openSource();
			clauses.put(ModelFacet.OPEN_SOURCE,
					Query.of(q -> q.term(t -> t.field(ModelFields.OPEN_SOURCE).value(value))));
		}
		if (search.systemicRisk() != null) {
			boolean value = search.systemicRisk();
			clauses.put(ModelFacet.SYSTEMIC_RISK,
					Query.of(q -> q.term(t -> t.field(ModelFields.SYSTEMIC_RISK).value(value))));
		}
		return clauses;
	}

	private static Hits answer(SearchResponse<Void> response) {
		List<GpaiModelId> ids = new ArrayList<>();
		Map<GpaiModelId, String> snippets = new LinkedHashMap<>();
		for (Hit<Void> hit : response.hits().hits()) {
			String id = hit.id();
			if (id != null) {
				GpaiModelId.parse(id).ifPresent(model -> {
					ids.add(model);
					snippet(hit.highlight()).ifPresent(snippet -> snippets.put(model, snippet));
				});
			}
		}
		TotalHits total = response.hits().total();
		Map<ModelType, Long> types = new EnumMap<>(ModelType.class);
		TextFields.strings(values(response, ModelFacet.MODEL_TYPE))
			.forEach((key, count) -> types.put(ModelType.valueOf(key), count));
		Map<Modality, Long> modalities = new EnumMap<>(Modality.class);
		TextFields.strings(values(response, ModelFacet.MODALITY))
			.forEach((key, count) -> modalities.put(Modality.valueOf(key), count));
		return new Hits(ids, total == null ? ids.size() : total.value(), snippets, types, modalities,
				TextFields.booleans(values(response, ModelFacet.OPEN_SOURCE)),
				TextFields.booleans(values(response, ModelFacet.SYSTEMIC_RISK)));
	}

	private static Aggregate values(SearchResponse<Void> response, ModelFacet facet) {
		return response.aggregations().get(facet.name()).filter().aggregations().get(VALUES);
	}

}
