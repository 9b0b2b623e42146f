package org.airegistry.search.models;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import co.elastic.clients.util.NamedValue;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.gpai.ModelSearchIndex;
import org.airegistry.gpai.ModelType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

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

	/** Fields whose matches make the snippet, in order of preference. */
	static final List<String> SNIPPET_FIELDS = List.of(ModelFields.INTENDED_TASKS, ModelFields.DESCRIPTION,
			ModelFields.NAME);

	/** Characters a snippet shows. */
	static final int SNIPPET_LENGTH = 160;

	static final List<String> LANGUAGES = List.of("en", "de", "fr", "nl");

	static final List<String> FOLDED_FIELDS = List.of(ModelFields.NAME + "^3", ModelFields.PROVIDER_NAME + "^2",
			ModelFields.INTENDED_TASKS, ModelFields.DESCRIPTION + "^0.5");

	static final List<String> LANGUAGE_FIELDS = LANGUAGES.stream()
		.flatMap(language -> FOLDED_FIELDS.stream().map(field -> {
			int boost = field.indexOf('^');
			return boost < 0 ? field + "." + language
					: field.substring(0, boost) + "." + language + field.substring(boost);
		}))
		.toList();

	private static final String VALUES = "values";

	private static final Log logger = LogFactory.getLog(ElasticsearchModelSearch.class);

	private static final long WARN_INTERVAL_NANOS = 60_000_000_000L;

	private enum ModelFacet {

		MODEL_TYPE(ModelFields.MODEL_TYPE), MODALITY(ModelFields.MODALITIES), OPEN_SOURCE(ModelFields.OPEN_SOURCE),
		SYSTEMIC_RISK(ModelFields.SYSTEMIC_RISK);

		final String field;

		ModelFacet(String field) {
			this.field = field;
		}

	}

	private final GpaiModelsIndex index;

	private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);

	public ElasticsearchModelSearch(GpaiModelsIndex index) {
		this.index = index;
	}

	@Override
	public Optional<Hits> search(ModelSearch search) {
		try {
			index.ensureExists();
			return Optional.of(answer(index.client().search(s -> request(s, search), Void.class)));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ElasticsearchException es && "index_not_found_exception".equals(es.error().type())) {
				index.forgetEnsured();
			}
			long now = System.nanoTime();
			long last = lastWarning.get();
			if (now - last >= WARN_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
				logger.warn("Model search index unreachable (" + ex.getMessage() + "); answering from the database");
			}
			return Optional.empty();
		}
	}

	private co.elastic.clients.elasticsearch.core.SearchRequest.Builder request(
			co.elastic.clients.elasticsearch.core.SearchRequest.Builder s, ModelSearch search) {
		Map<ModelFacet, Query> clauses = clauses(search);
		int from = Math.min(search.offset(), MAX_RESULT_WINDOW);
		int size = Math.min(search.pageSize(), MAX_RESULT_WINDOW - from);
		s.index(index.readAlias())
			.from(from)
			.size(size)
			.trackTotalHits(t -> t.enabled(true))
			.source(src -> src.fetch(false))
			.query(textQuery(search.text()))
			.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
			.sort(o -> o.field(f -> f.field(ModelFields.PUBLISHED_AT).order(SortOrder.Desc)));
		if (!clauses.isEmpty()) {
			s.postFilter(allBut(clauses, null));
		}
		for (ModelFacet facet : ModelFacet.values()) {
			s.aggregations(facet.name(), a -> a.filter(allBut(clauses, facet))
				.aggregations(VALUES, t -> t.terms(terms -> terms.field(facet.field).size(50))));
		}
		if (!search.text().isBlank()) {
			s.highlight(h -> {
				h.type(HighlighterType.Unified)
					.encoder(HighlighterEncoder.Html)
					.preTags("<mark>")
					.postTags("</mark>")
					.highlightQuery(highlightQuery(search.text()));
				for (String field : SNIPPET_FIELDS) {
					h.fields(NamedValue.of(field,
							HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH)
								.numberOfFragments(1)
								.noMatchSize(field.equals(ModelFields.INTENDED_TASKS) ? SNIPPET_LENGTH : 0))));
					for (String language : LANGUAGES) {
						h.fields(NamedValue.of(field + "." + language,
								HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH).numberOfFragments(1))));
					}
				}
				return h;
			});
		}
		return s;
	}

	/**
	 * What snippets mark: the words, folded and stemmed, without the fuzzy clause; the
	 * highlighter would rebuild its automata for every hit and field (DD017).
	 */
	static Query highlightQuery(String text) {
		String words = text.strip();
		return Query.of(q -> q.bool(b -> b.should(sh -> sh.multiMatch(m -> m.query(words).fields(LANGUAGE_FIELDS)))
			.should(sh -> sh.multiMatch(m -> m.query(words).fields(FOLDED_FIELDS)))));
	}

	static Query textQuery(String text) {
		String words = text.strip();
		if (words.isEmpty()) {
			return Query.of(q -> q.matchAll(m -> m));
		}
		Query stemmed = Query.of(q -> q.multiMatch(m -> m.query(words)
			.fields(LANGUAGE_FIELDS)
			.type(TextQueryType.BestFields)
			.tieBreaker(0.2)
			.operator(Operator.And)));
		Query fuzzy = Query.of(q -> q.multiMatch(m -> m.query(words)
			.fields(FOLDED_FIELDS)
			.type(TextQueryType.BestFields)
			.fuzziness("AUTO")
			.prefixLength(1)
			.operator(Operator.And)));
		return Query.of(q -> q.bool(b -> b.should(stemmed, fuzzy).minimumShouldMatch("1")));
	}

	private static Map<ModelFacet, Query> clauses(ModelSearch search) {
		Map<ModelFacet, Query> clauses = new EnumMap<>(ModelFacet.class);
		if (search.modelType() != null) {
			clauses.put(ModelFacet.MODEL_TYPE, term(ModelFields.MODEL_TYPE, search.modelType().name()));
		}
		if (search.modality() != null) {
			clauses.put(ModelFacet.MODALITY, term(ModelFields.MODALITIES, search.modality().name()));
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

	private static Query term(String field, String value) {
		return Query.of(q -> q.term(t -> t.field(field).value(value)));
	}

	private static Query allBut(Map<ModelFacet, Query> clauses, @Nullable ModelFacet except) {
		List<Query> filters = new ArrayList<>();
		clauses.forEach((facet, clause) -> {
			if (facet != except) {
				filters.add(clause);
			}
		});
		return Query.of(q -> q.bool(b -> b.filter(filters)));
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
		strings(response, ModelFacet.MODEL_TYPE).forEach((key, count) -> types.put(ModelType.valueOf(key), count));
		Map<Modality, Long> modalities = new EnumMap<>(Modality.class);
		strings(response, ModelFacet.MODALITY).forEach((key, count) -> modalities.put(Modality.valueOf(key), count));
		return new Hits(ids, total == null ? ids.size() : total.value(), snippets, types, modalities,
				booleans(response, ModelFacet.OPEN_SOURCE), booleans(response, ModelFacet.SYSTEMIC_RISK));
	}

	/**
	 * The first fragment that marks a match (folded field before its language sub-fields,
	 * tasks before description before name), else the tasks' unmarked start.
	 * Elasticsearch escaped the text (HTML encoder); only the marks are tags.
	 */
	static Optional<String> snippet(Map<String, List<String>> highlight) {
		for (String field : SNIPPET_FIELDS) {
			List<String> candidates = new ArrayList<>();
			candidates.add(field);
			LANGUAGES.forEach(language -> candidates.add(field + "." + language));
			for (String candidate : candidates) {
				List<String> fragments = highlight.get(candidate);
				if (fragments != null && !fragments.isEmpty() && fragments.getFirst().contains("<mark>")) {
					return Optional.of(fragments.getFirst());
				}
			}
		}
		List<String> unmarked = highlight.get(ModelFields.INTENDED_TASKS);
		return unmarked == null || unmarked.isEmpty() ? Optional.empty() : Optional.of(unmarked.getFirst());
	}

	private static Aggregate values(SearchResponse<Void> response, ModelFacet facet) {
		return response.aggregations().get(facet.name()).filter().aggregations().get(VALUES);
	}

	private static Map<String, Long> strings(SearchResponse<Void> response, ModelFacet facet) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Aggregate values = values(response, facet);
		if (values.isSterms()) {
			for (StringTermsBucket bucket : values.sterms().buckets().array()) {
				counts.put(bucket.key().stringValue(), bucket.docCount());
			}
		}
		return counts;
	}

	private static Map<Boolean, Long> booleans(SearchResponse<Void> response, ModelFacet facet) {
		Map<Boolean, Long> counts = new LinkedHashMap<>();
		counts.put(true, 0L);
		counts.put(false, 0L);
		Aggregate values = values(response, facet);
		if (values.isLterms()) {
			for (LongTermsBucket bucket : values.lterms().buckets().array()) {
				counts.put(bucket.key() == 1L, bucket.docCount());
			}
		}
		return counts;
	}

}
