package org.airegistry.search.query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.airegistry.search.Facet;
import org.airegistry.search.SearchFilters;
import org.airegistry.search.SearchParameters;
import org.airegistry.search.index.SearchDocuments;
import org.jspecify.annotations.Nullable;

/**
 * Turns a search's filters into Elasticsearch queries: one clause per facet (values
 * OR-ed) for the post filter and the facet aggregations, and the registration date range,
 * which narrows the counted set itself.
 */
final class SearchRequests {

	/** How many values a facet shows at most. */
	static final Map<Facet, Integer> FACET_SIZES = facetSizes();

	private SearchRequests() {
	}

	private static Map<Facet, Integer> facetSizes() {
		Map<Facet, Integer> sizes = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			sizes.put(facet, switch (facet) {
				case PROVIDER, DEPLOYER -> 15;
				default -> 50;
			});
		}
		return Map.copyOf(sizes);
	}

	/** The indexed field a facet counts and filters. */
	static String field(Facet facet) {
		return switch (facet) {
			case AREA -> SearchDocuments.ANNEX_III_AREA;
			case POINT -> SearchDocuments.ANNEX_III_POINT;
			case CLASSIFICATION -> SearchDocuments.CLASSIFICATION;
			case MEMBER_STATE -> SearchDocuments.MEMBER_STATES;
			case STATUS -> SearchDocuments.STATUS;
			case PROVIDER -> SearchDocuments.PROVIDER_NAME_RAW;
			case DEPLOYER -> SearchDocuments.DEPLOYER_NAMES;
			case HAS_FRIA -> SearchDocuments.HAS_FRIA;
		};
	}

	/** One terms query per facet the search filters by. */
	static Map<Facet, Query> facetClauses(SearchFilters filters) {
		Map<Facet, Query> clauses = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			List<String> values = SearchParameters.values(filters, facet);
			if (!values.isEmpty()) {
				List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
				clauses.put(facet, Query.of(q -> q.terms(t -> t.field(field(facet)).terms(v -> v.value(terms)))));
			}
		}
		return clauses;
	}

	/** All facet clauses but one, AND-ed; match-all when none. */
	static Query allBut(Map<Facet, Query> clauses, @Nullable Facet left) {
		List<Query> rest = new ArrayList<>();
		clauses.forEach((facet, clause) -> {
			if (facet != left) {
				rest.add(clause);
			}
		});
		if (rest.isEmpty()) {
			return Query.of(q -> q.matchAll(m -> m));
		}
		return Query.of(q -> q.bool(b -> b.filter(rest)));
	}

	/** The registration date range, whole days in UTC; null when not filtered. */
	static @Nullable Query registrationRange(SearchFilters filters) {
		LocalDate from = filters.registeredFrom();
		LocalDate to = filters.registeredTo();
		if (from == null && to == null) {
			return null;
		}
		return Query.of(q -> q.range(r -> r.date(d -> {
			d.field(SearchDocuments.FIRST_PUBLISHED_AT);
			if (from != null) {
				d.gte(from.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
			}
			if (to != null) {
				d.lt(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
			}
			return d;
		})));
	}

}
