package org.airegistry.search.models;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.gpai.ModelSearchIndex;
import org.airegistry.gpai.ModelType;
import org.airegistry.search.index.FacetedIndexSearch;
import org.airegistry.search.index.TextFields;

/**
 * The public model search on the gpai-models index: multi-match over name, provider,
 * intended tasks and description (stemmed language sub-fields plus fuzzy matching on the
 * folded fields), facet counts per facet with the other facets' filters applied (hits
 * filtered by a post filter). Answers empty when the index cannot be reached, so the
 * caller falls back to the database.
 */
public class ElasticsearchModelSearch implements ModelSearchIndex {

	/** Facets, text fields (tasks, description and name make the snippet) and order. */
	static final FacetedIndexSearch<ModelFacet> SEARCH = new FacetedIndexSearch<>(
			new TextFields(
					List.of(ModelFields.NAME + "^3", ModelFields.PROVIDER_NAME + "^2", ModelFields.INTENDED_TASKS,
							ModelFields.DESCRIPTION + "^0.5"),
					List.of(ModelFields.INTENDED_TASKS, ModelFields.DESCRIPTION, ModelFields.NAME)),
			ModelFacet.class,
			List.of(SortOptions.of(o -> o.field(f -> f.field(ModelFields.PUBLISHED_AT).order(SortOrder.Desc)))));

	enum ModelFacet implements FacetedIndexSearch.IndexFacet {

		MODEL_TYPE(ModelFields.MODEL_TYPE), MODALITY(ModelFields.MODALITIES), OPEN_SOURCE(ModelFields.OPEN_SOURCE),
		SYSTEMIC_RISK(ModelFields.SYSTEMIC_RISK);

		private final String field;

		ModelFacet(String field) {
			this.field = field;
		}

		@Override
		public String field() {
			return field;
		}

	}

	private final GpaiModelsIndex index;

	public ElasticsearchModelSearch(GpaiModelsIndex index) {
		this.index = index;
	}

	@Override
	public Optional<Hits> search(ModelSearch search) {
		return index.readOrEmpty("Model search", client -> answer(client.search(s -> SEARCH.request(s,
				index.readAlias(), search.text(), search.offset(), search.pageSize(), clauses(search)), Void.class)));
	}

	static Optional<String> snippet(Map<String, List<String>> highlight) {
		return SEARCH.text().snippet(highlight);
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
		FacetedIndexSearch.Page<GpaiModelId> page = SEARCH.page(response, GpaiModelId::parse);
		Map<ModelType, Long> types = new EnumMap<>(ModelType.class);
		SEARCH.strings(response, ModelFacet.MODEL_TYPE)
			.forEach((key, count) -> types.put(ModelType.valueOf(key), count));
		Map<Modality, Long> modalities = new EnumMap<>(Modality.class);
		SEARCH.strings(response, ModelFacet.MODALITY)
			.forEach((key, count) -> modalities.put(Modality.valueOf(key), count));
		return new Hits(page.ids(), page.total(), page.snippets(), types, modalities,
				SEARCH.booleans(response, ModelFacet.OPEN_SOURCE), SEARCH.booleans(response, ModelFacet.SYSTEMIC_RISK));
	}

}
