package org.airegistry.search.tests;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import org.airegistry.search.index.TextFields;
import org.airegistry.shared.MemberState;
import org.airegistry.testing.PublicTestStatus;
import org.airegistry.testing.TestSearch;
import org.airegistry.testing.TestSearchIndex;

/**
 * The public test search on the real-world-tests index: multi-match over system name,
 * reference, provider, intended purpose and description (stemmed language sub-fields plus
 * fuzzy matching on the folded fields), facet counts per facet (Annex III area, Member
 * State of testing, status) with the other facets' filters applied. Answers empty when
 * the index cannot be reached, so the caller falls back to the database.
 */
public class ElasticsearchTestSearch implements TestSearchIndex {

	/**
	 * Elasticsearch's default {@code index.max_result_window}: from + size stay below.
	 */
	static final int MAX_RESULT_WINDOW = 10_000;

	/** The searched text fields; purpose, description and name make the snippet. */
	static final TextFields TEXT = new TextFields(
			List.of(TestFields.SYSTEM_NAME + "^3", TestFields.PROVIDER_NAME + "^2", TestFields.SYSTEM_REFERENCE,
					TestFields.INTENDED_PURPOSE, TestFields.DESCRIPTION + "^0.5"),
			List.of(TestFields.INTENDED_PURPOSE, TestFields.DESCRIPTION, TestFields.SYSTEM_NAME));

	private static final String VALUES = "values";

	private enum TestFacet {

		AREA(TestFields.AREA), MEMBER_STATE(TestFields.MEMBER_STATES), STATUS(TestFields.STATUS);

		final String field;

		TestFacet(String field) {
			this.field = field;
		}

	}

	private final RealWorldTestsIndex index;

	public ElasticsearchTestSearch(RealWorldTestsIndex index) {
		this.index = index;
	}

	@Override
	public Optional<Hits> search(TestSearch search) {
		return index.readOrEmpty("Real-world test search",
				client -> answer(client.search(s -> request(s, search), Void.class)));
	}

	private SearchRequest.Builder request(SearchRequest.Builder s, TestSearch search) {
		Map<TestFacet, Query> clauses = clauses(search);
		int from = Math.min(search.offset(), MAX_RESULT_WINDOW);
		int size = Math.min(search.pageSize(), MAX_RESULT_WINDOW - from);
		s.index(index.readAlias())
			.from(from)
			.size(size)
			.trackTotalHits(t -> t.enabled(true))
			.source(src -> src.fetch(false))
			.query(TEXT.query(search.text()))
			.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
			.sort(o -> o.field(f -> f.field(TestFields.REGISTERED_AT).order(SortOrder.Desc)))
			.sort(o -> o.field(f -> f.field(TestFields.UID).order(SortOrder.Asc)));
		if (!clauses.isEmpty()) {
			s.postFilter(TextFields.allBut(clauses, null));
		}
		for (TestFacet facet : TestFacet.values()) {
			s.aggregations(facet.name(), a -> a.filter(TextFields.allBut(clauses, facet))
				.aggregations(VALUES, t -> t.terms(terms -> terms.field(facet.field).size(50))));
		}
		TEXT.highlight(s, search.text());
		return s;
	}

	private static Map<TestFacet, Query> clauses(TestSearch search) {
		Map<TestFacet, Query> clauses = new EnumMap<>(TestFacet.class);
		if (search.area() != null) {
			clauses.put(TestFacet.AREA, TextFields.term(TestFields.AREA, search.area().toString()));
		}
		if (search.memberState() != null) {
			clauses.put(TestFacet.MEMBER_STATE, TextFields.term(TestFields.MEMBER_STATES, search.memberState().name()));
		}
		if (search.status() != null) {
			clauses.put(TestFacet.STATUS, TextFields.term(TestFields.STATUS, search.status().name()));
		}
		return clauses;
	}

	private static Hits answer(SearchResponse<Void> response) {
		List<String> uids = new ArrayList<>();
		Map<String, String> snippets = new LinkedHashMap<>();
		for (Hit<Void> hit : response.hits().hits()) {
			String uid = hit.id();
			if (uid != null) {
				uids.add(uid);
				TEXT.snippet(hit.highlight()).ifPresent(snippet -> snippets.put(uid, snippet));
			}
		}
		TotalHits total = response.hits().total();
		Map<Integer, Long> areas = new TreeMap<>();
		TextFields.strings(values(response, TestFacet.AREA))
			.forEach((key, count) -> areas.put(Integer.valueOf(key), count));
		Map<MemberState, Long> states = new EnumMap<>(MemberState.class);
		TextFields.strings(values(response, TestFacet.MEMBER_STATE))
			.forEach((key, count) -> states.put(MemberState.valueOf(key), count));
		Map<PublicTestStatus, Long> statuses = new EnumMap<>(PublicTestStatus.class);
		TextFields.strings(values(response, TestFacet.STATUS))
			.forEach((key, count) -> statuses.put(PublicTestStatus.valueOf(key), count));
		return new Hits(uids, total == null ? uids.size() : total.value(), snippets, areas, states, statuses);
	}

	private static Aggregate values(SearchResponse<Void> response, TestFacet facet) {
		return response.aggregations().get(facet.name()).filter().aggregations().get(VALUES);
	}

}
