package org.airegistry.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airegistry.shared.MemberState;

/**
 * A search index over the latest public versions of consented tests, provided by the
 * search module (Elasticsearch). {@link TestPlanQueries#search(TestSearch)} uses it when
 * present and falls back to filtering the database's public tests in memory when it
 * answers empty.
 */
public interface TestSearchIndex {

	/**
	 * The matching tests' UIDs, best first, and the facet counts (each facet counted with
	 * the other facets' filters applied); empty when the index cannot be reached.
	 */
	Optional<Hits> search(TestSearch search);

	/**
	 * What the index found; the tests themselves are read from the database, through the
	 * kernel's public predicate.
	 */
	record Hits(List<String> uids, long total, Map<String, String> snippets, Map<Integer, Long> areas,
			Map<MemberState, Long> memberStates, Map<PublicTestStatus, Long> statuses) {

	}

}
