package org.airegistry.search.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;

/**
 * One page of a faceted search on a secondary index (GPAI models, real-world tests): ids
 * only (the caller reads every hit again through the public predicate), the text query of
 * its {@link TextFields} sorted by score then by the given order, one filtered
 * {@code terms} aggregation per facet with the other facets' filters applied, the hits
 * filtered by a post filter, highlighted snippets. The kinds differ only in their fields,
 * facets and how an id is parsed.
 *
 * @param <F> the kind's facets
 */
public final class FacetedIndexSearch<F extends Enum<F> & FacetedIndexSearch.IndexFacet> {

	/**
	 * Elasticsearch's default {@code index.max_result_window}: from + size stay below.
	 */
	public static final int MAX_RESULT_WINDOW = 10_000;

	private static final String VALUES = "values";

	/** A facet of a secondary index: the keyword field it counts. */
	public interface IndexFacet {

		/** The indexed keyword field. */
		String field();

	}

	private final TextFields text;

	private final Class<F> facets;

	private final List<SortOptions> order;

	/**
	 * @param text the searched text fields and the snippet's fields
	 * @param facets the kind's facets
	 * @param order the sort after the score (newest first, then a tie-breaker)
	 */
	public FacetedIndexSearch(TextFields text, Class<F> facets, List<SortOptions> order) {
		this.text = text;
		this.facets = facets;
		this.order = List.copyOf(order);
	}

	/** The searched text fields. */
	public TextFields text() {
		return text;
	}

	/** The request for a page of the index behind the alias, filtered by the clauses. */
	public SearchRequest.Builder request(SearchRequest.Builder s, String alias, String query, int offset, int pageSize,
			Map<F, Query> clauses) {
		int from = Math.min(offset, MAX_RESULT_WINDOW);
		int size = Math.min(pageSize, MAX_RESULT_WINDOW - from);
		s.index(alias)
			.from(from)
			.size(size)
			.trackTotalHits(t -> t.enabled(true))
			.source(src -> src.fetch(false))
			.query(text.query(query))
			.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
			.sort(order);
		if (!clauses.isEmpty()) {
			s.postFilter(TextFields.allBut(clauses, null));
		}
		for (F facet : facets.getEnumConstants()) {
			s.aggregations(facet.name(), a -> a.filter(TextFields.allBut(clauses, facet))
				.aggregations(VALUES, t -> t.terms(terms -> terms.field(facet.field()).size(50))));
		}
		text.highlight(s, query);
		return s;
	}

	/**
	 * The hits' ids in order (those the parser accepts) with their snippets, and the
	 * total.
	 */
	public <I> Page<I> page(SearchResponse<Void> response, Function<String, Optional<I>> parser) {
		List<I> ids = new ArrayList<>();
		Map<I, String> snippets = new LinkedHashMap<>();
		for (Hit<Void> hit : response.hits().hits()) {
			String id = hit.id();
			if (id != null) {
				parser.apply(id).ifPresent(parsed -> {
					ids.add(parsed);
					text.snippet(hit.highlight()).ifPresent(snippet -> snippets.put(parsed, snippet));
				});
			}
		}
		TotalHits total = response.hits().total();
		return new Page<>(ids, total == null ? ids.size() : total.value(), snippets);
	}

	/** A page of hits: ids in order, the total and the snippets by id. */
	public record Page<I>(List<I> ids, long total, Map<I, String> snippets) {
	}

	/** The counted values of a facet (keyword → documents). */
	public Map<String, Long> strings(SearchResponse<Void> response, F facet) {
		return TextFields.strings(values(response, facet));
	}

	/** The counted values of a boolean facet. */
	public Map<Boolean, Long> booleans(SearchResponse<Void> response, F facet) {
		return TextFields.booleans(values(response, facet));
	}

	private static Aggregate values(SearchResponse<Void> response, Enum<?> facet) {
		return response.aggregations().get(facet.name()).filter().aggregations().get(VALUES);
	}

}
