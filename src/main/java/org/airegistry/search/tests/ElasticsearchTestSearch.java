package org.airegistry.search.tests;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.airegistry.search.index.FacetedIndexSearch;
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

	/** Facets, text fields (purpose, description and name make the snippet) and order. */
	static final FacetedIndexSearch<TestFacet> SEARCH = new FacetedIndexSearch<>(
			new TextFields(
					List.of(TestFields.SYSTEM_NAME + "^3", TestFields.PROVIDER_NAME + "^2", TestFields.SYSTEM_REFERENCE,
							TestFields.INTENDED_PURPOSE, TestFields.DESCRIPTION + "^0.5"),
					List.of(TestFields.INTENDED_PURPOSE, TestFields.DESCRIPTION, TestFields.SYSTEM_NAME)),
			TestFacet.class,
			List.of(SortOptions.of(o -> o.field(f -> f.field(TestFields.REGISTERED_AT).order(SortOrder.Desc))),
					SortOptions.of(o -> o.field(f -> f.field(TestFields.UID).order(SortOrder.Asc)))));

	enum TestFacet implements FacetedIndexSearch.IndexFacet {

		AREA(TestFields.AREA), MEMBER_STATE(TestFields.MEMBER_STATES), STATUS(TestFields.STATUS);

		private final String field;

		TestFacet(String field) {
			this.field = field;
		}

		@Override
		public String field() {
			return field;
		}

	}

	private final RealWorldTestsIndex index;

	public ElasticsearchTestSearch(RealWorldTestsIndex index) {
		this.index = index;
	}

	@Override
	public Optional<Hits> search(TestSearch search) {
		return index.readOrEmpty("Real-world test search", client -> answer(client.search(s -> SEARCH.request(s,
				index.readAlias(), search.text(), search.offset(), search.pageSize(), clauses(search)), Void.class)));
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
		FacetedIndexSearch.Page<String> page = SEARCH.page(response, Optional::of);
		Map<Integer, Long> areas = new TreeMap<>();
		SEARCH.strings(response, TestFacet.AREA).forEach((key, count) -> areas.put(Integer.valueOf(key), count));
		Map<MemberState, Long> states = new EnumMap<>(MemberState.class);
		SEARCH.strings(response, TestFacet.MEMBER_STATE)
			.forEach((key, count) -> states.put(MemberState.valueOf(key), count));
		Map<PublicTestStatus, Long> statuses = new EnumMap<>(PublicTestStatus.class);
		SEARCH.strings(response, TestFacet.STATUS)
			.forEach((key, count) -> statuses.put(PublicTestStatus.valueOf(key), count));
		return new Hits(page.ids(), page.total(), page.snippets(), areas, states, statuses);
	}

}
