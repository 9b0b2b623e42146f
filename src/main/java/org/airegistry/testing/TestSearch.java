package org.airegistry.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * A public search of tests in real-world conditions published with the provider's consent
 * (Art 60(4)(c), Art 71(4)): free text (UID, system, reference, provider, purpose,
 * description, plan summary) and the facets Annex III area, Member State of testing and
 * where the test stands (Annex IX point 5), and the page wanted. Facet counts follow the
 * other facets' filters, so each count says how many hits choosing that value would give.
 *
 * @param area an Annex III area, 1 to 8
 */
public record TestSearch(String text, @Nullable Integer area, @Nullable MemberState memberState,
		@Nullable PublicTestStatus status, int offset, int pageSize) {

	/** The largest page. */
	public static final int MAX_PAGE_SIZE = TestPlanQueries.MAX_PAGE_SIZE;

	public TestSearch {
		text = text.strip();
		offset = Math.max(0, offset);
		pageSize = Math.max(0, Math.min(pageSize, MAX_PAGE_SIZE));
	}

	/** Every public test, first page. */
	public static TestSearch all() {
		return new TestSearch("", null, null, null, 0, MAX_PAGE_SIZE);
	}

	/** The same search, another page. */
	public TestSearch page(int newOffset, int newPageSize) {
		return new TestSearch(text, area, memberState, status, newOffset, newPageSize);
	}

	/**
	 * One page of hits and, per facet, the count of each value.
	 *
	 * @param snippets per hit (UID), an HTML excerpt with the matched words in
	 * {@code <mark>} (everything else escaped); missing when there is none
	 * @param reduced whether the search index was unreachable and the database answered
	 * (substring matching only)
	 */
	public record Results(List<PublicTestPlan> hits, long total, Map<String, String> snippets, Map<Integer, Long> areas,
			Map<MemberState, Long> memberStates, Map<PublicTestStatus, Long> statuses, boolean reduced) {

		public Results {
			hits = List.copyOf(hits);
			snippets = Map.copyOf(snippets);
		}

		/** The same results marked as answered by the database fallback. */
		public Results inReducedMode() {
			return new Results(hits, total, snippets, areas, memberStates, statuses, true);
		}

	}

	/** Filters and pages the given public tests in memory (the database fallback). */
	public Results apply(List<PublicTestPlan> tests) {
		List<PublicTestPlan> all = tests.stream().filter(this::matches).toList();
		List<PublicTestPlan> hits = all.subList(Math.min(offset, all.size()), Math.min(offset + pageSize, all.size()));
		TestSearch anyArea = new TestSearch(text, null, memberState, status, 0, 0);
		TestSearch anyState = new TestSearch(text, area, null, status, 0, 0);
		TestSearch anyStatus = new TestSearch(text, area, memberState, null, 0, 0);
		Map<Integer, Long> areas = new TreeMap<>();
		Map<MemberState, Long> states = new EnumMap<>(MemberState.class);
		Map<PublicTestStatus, Long> statuses = new EnumMap<>(PublicTestStatus.class);
		for (PublicTestPlan test : tests) {
			AnnexIIIPoint point = test.data().annexIIIPoint();
			if (point != null && anyArea.matches(test)) {
				areas.merge(point.area(), 1L, Long::sum);
			}
			if (anyState.matches(test)) {
				test.data().memberStates().forEach(state -> states.merge(state, 1L, Long::sum));
			}
			if (anyStatus.matches(test)) {
				statuses.merge(test.status(), 1L, Long::sum);
			}
		}
		return new Results(hits, all.size(), Map.of(), areas, states, statuses, false);
	}

	public boolean matches(PublicTestPlan test) {
		TestPlanData data = test.data();
		if (area != null && (data.annexIIIPoint() == null || data.annexIIIPoint().area() != area)) {
			return false;
		}
		if (memberState != null && !data.memberStates().contains(memberState)) {
			return false;
		}
		if (status != null && test.status() != status) {
			return false;
		}
		List<String> words = new ArrayList<>(List.of(text.toLowerCase(Locale.ROOT).split("\\s+")));
		words.removeIf(String::isEmpty);
		String haystack = String
			.join(" ", test.uid(), data.systemName(), data.systemReference(), test.providerName(),
					data.intendedPurpose(), data.systemDescription(), data.planSummary())
			.toLowerCase(Locale.ROOT);
		return words.stream().allMatch(haystack::contains);
	}

}
