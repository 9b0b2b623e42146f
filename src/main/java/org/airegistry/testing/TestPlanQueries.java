package org.airegistry.testing;

import java.util.List;
import java.util.Optional;

import org.airegistry.publication.PublicState;
import org.airegistry.publication.VersionSummary;
import org.airegistry.testing.persistence.TestPlanRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read about tests in real-world conditions: only tests whose provider
 * consented to publication and did not withdraw it, never the secure section (Art
 * 60(4)(c), Art 71(4), Art 49(4)(d)); every read goes through the kernel's one public
 * predicate. A test the public may not see answers exactly like one that never existed,
 * except that a withdrawn consent may be named.
 */
@Service
@Transactional(readOnly = true)
public class TestPlanQueries {

	/** The largest page of public search results. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * How many public tests the database fallback of {@link #search(TestSearch)} looks
	 * at; far above the number of tests published with consent.
	 */
	static final int MAX_FALLBACK_TESTS = 10_000;

	private final TestPlanRepository repository;

	private final ObjectProvider<TestSearchIndex> index;

	TestPlanQueries(TestPlanRepository repository, ObjectProvider<TestSearchIndex> index) {
		this.repository = repository;
		this.index = index;
	}

	/**
	 * Searches the latest public versions in the search index (typo-tolerant, stemmed,
	 * facets) and answers the requested page, every hit read again through the kernel's
	 * public predicate; when the index cannot be reached (or none is configured), filters
	 * and pages the public tests in memory and marks the results as reduced.
	 */
	public TestSearch.Results search(TestSearch search) {
		TestSearchIndex searchIndex = index.getIfAvailable();
		Optional<TestSearchIndex.Hits> found = searchIndex == null ? Optional.empty() : searchIndex.search(search);
		if (found.isEmpty()) {
			TestSearch.Results results = search.apply(repository.publicSearch("", 0, MAX_FALLBACK_TESTS));
			return searchIndex == null ? results : results.inReducedMode();
		}
		TestSearchIndex.Hits hits = found.get();
		List<PublicTestPlan> tests = hits.uids()
			.stream()
			.map(repository::publicLatest)
			.flatMap(Optional::stream)
			.toList();
		return new TestSearch.Results(tests, hits.total(), hits.snippets(), hits.areas(), hits.memberStates(),
				hits.statuses(), false);
	}

	/** What the public may know about the test with this UID. */
	public PublicState state(String uid) {
		return TestUids.parse(uid).map(repository::publicState).orElse(PublicState.ABSENT);
	}

	public Optional<PublicTestPlan> latest(String uid) {
		return TestUids.parse(uid).flatMap(repository::publicLatest);
	}

	public Optional<PublicTestPlan> version(String uid, int version) {
		return TestUids.parse(uid).flatMap(parsed -> repository.publicVersion(parsed, version));
	}

	/** The public version history, newest first. */
	public List<VersionSummary> history(String uid) {
		return TestUids.parse(uid).map(repository::publicHistory).orElse(List.of());
	}

	/**
	 * Start, extension, suspension, resumption, termination and completion (Annex IX
	 * point 5).
	 */
	public List<TestEvent> events(String uid) {
		return TestUids.parse(uid).map(repository::publicEvents).orElse(List.of());
	}

	/** One page of public tests matching the words. */
	public record Page(List<PublicTestPlan> items, int total) {
	}

	/**
	 * Public tests whose text contains all the words (case-insensitive), newest first.
	 * @param page zero-based
	 * @param size 1 to {@value #MAX_PAGE_SIZE}
	 */
	public Page search(String text, int page, int size) {
		int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int offset = Math.max(0, page) * limit;
		return new Page(repository.publicSearch(text, offset, limit), repository.publicCount(text));
	}

	/** The latest public version of every public test, newest first (downloads). */
	public List<PublicTestPlan> allLatest() {
		return repository.publicSearch("", 0, Integer.MAX_VALUE);
	}

	/** Every public version of every public test (full-history downloads). */
	public List<PublicTestPlan> allVersions() {
		return repository.publicVersions();
	}

	/**
	 * The latest public versions of at most {@code limit} public tests, newest first
	 * (sitemaps).
	 */
	public List<PublicTestPlan> published(int limit) {
		return repository.publicSearch("", 0, limit);
	}

	/** The newest public versions (feed). */
	public List<PublicTestPlan> recent(int limit) {
		return repository.publicRecent(limit);
	}

}
