package org.airegistry.search.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.testing.ConsentBasis;
import org.airegistry.testing.PublicTestPlan;
import org.airegistry.testing.PublicTestStatus;
import org.airegistry.testing.TestConduct;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanData;
import org.airegistry.testing.TestPlanQueries;
import org.airegistry.testing.TestPlanService;
import org.airegistry.testing.TestSearch;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.SwitchableTcpProxy;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tests in real-world conditions in the search index, on the real Elasticsearch node and
 * PostgreSQL: a consented test is indexed from the outbox and found with typos and facet
 * counts; a withheld one never is; a withdrawn consent removes it from the index, the
 * search and the facet counts; the reindex removes a document the public may no longer
 * see; an outage falls back to the database.
 */
@PostgresTest
class RealWorldTestSearchIT {

	@Autowired
	TestData testData;

	@Autowired
	TestPlanService service;

	@Autowired
	TestPlanQueries queries;

	@Autowired
	RealWorldTestIndexer indexer;

	@Autowired
	RealWorldTestsIndex index;

	@Autowired
	ElasticsearchTestSearch search;

	final SwitchableTcpProxy proxy = TestElasticsearch.proxy();

	@AfterEach
	void restore() {
		proxy.on();
	}

	TestPlan registered(TestUser provider, String systemName, AnnexIIIPoint point, MemberState state, boolean consent) {
		return testData.as(provider, () -> {
			TestPlan plan = service.create();
			TestPlan saved = service.save(plan.id(), plan.lockVersion(),
					new TestPlanData(plan.uid(), "rwt@example.org", "Deployer GmbH, dpo@deployer.example", systemName,
							"1.0", "", point, false, false, "Ranks applications for " + systemName,
							"Description of " + systemName, "Summary of " + systemName, Set.of(state),
							LocalDate.now().plusDays(1), LocalDate.now().plusMonths(2), consent),
					new TestConduct(ConsentBasis.INFORMED_CONSENT, "Forms kept by the deployer.", true, ""));
			return service.register(saved.id(), saved.lockVersion(), "");
		});
	}

	static TestSearch text(String text) {
		return new TestSearch(text, null, null, null, 0, TestSearch.MAX_PAGE_SIZE);
	}

	List<String> uids(TestSearch.Results results) {
		return results.hits().stream().map(PublicTestPlan::uid).toList();
	}

	void awaitIndexed(String text, int count) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
			index.refresh();
			assertThat(search.search(text(text)).orElseThrow().uids()).hasSize(count);
		});
	}

	@Test
	@DisplayName("Art 60(4)(c), Art 71(4): consented tests are found in the index with typos and facets; a test "
			+ "without consent never, and no contact details are indexed")
	void consentedTestsSearchable() throws Exception {
		TestUser provider = testData.provider();
		String word = TestData.uniqueWord("osprey");
		String hiring = registered(provider, "Hiring " + word, AnnexIIIPoint.P4A, MemberState.DE, true).uid();
		String exams = registered(provider, "Exams " + word, AnnexIIIPoint.P3B, MemberState.FR, true).uid();
		String withheld = registered(provider, "Withheld " + word, AnnexIIIPoint.P4A, MemberState.DE, false).uid();
		awaitIndexed(word, 2);

		TestSearch.Results found = queries.search(text(word));
		assertThat(found.reduced()).isFalse();
		assertThat(uids(found)).containsExactlyInAnyOrder(hiring, exams).doesNotContain(withheld);
		assertThat(found.areas()).containsEntry(4, 1L).containsEntry(3, 1L);
		assertThat(found.memberStates()).containsEntry(MemberState.DE, 1L).containsEntry(MemberState.FR, 1L);
		assertThat(found.statuses()).containsEntry(PublicTestStatus.REGISTERED, 2L);

		// two letters swapped: the index finds both, plain substring matching finds none
		String typo = word.substring(0, 2) + word.charAt(3) + word.charAt(2) + word.substring(4);
		assertThat(uids(queries.search(text(typo)))).containsExactlyInAnyOrder(hiring, exams);
		assertThat(text(typo).apply(queries.allLatest()).hits()).isEmpty();

		TestSearch.Results inFrance = queries.search(new TestSearch(word, null, MemberState.FR, null, 0, 20));
		assertThat(uids(inFrance)).containsExactly(exams);
		// the Member State facet ignores its own filter, the text still applies
		assertThat(inFrance.memberStates()).containsEntry(MemberState.DE, 1L).containsEntry(MemberState.FR, 1L);
		assertThat(inFrance.areas()).containsOnlyKeys(3);

		assertThat(search.search(text("dpo@deployer.example")).orElseThrow().uids()).as("contacts are not indexed")
			.doesNotContain(hiring, exams);
		assertThat(search.search(text("rwt@example.org")).orElseThrow().uids()).doesNotContain(hiring, exams);
	}

	@Test
	@DisplayName("Art 60(4)(c): a withdrawn consent removes the test from the index, the search and the facet counts")
	void withdrawnConsentLeavesTheIndex() throws Exception {
		TestUser provider = testData.provider();
		String word = TestData.uniqueWord("heron");
		TestPlan withdrawn = registered(provider, "Withdrawn " + word, AnnexIIIPoint.P4A, MemberState.AT, true);
		String control = registered(provider, "Control " + word, AnnexIIIPoint.P5A, MemberState.BE, true).uid();
		awaitIndexed(word, 2);

		testData.run(provider, () -> service.withdrawConsent(withdrawn.id()));
		awaitIndexed(word, 1);
		TestSearch.Results found = queries.search(text(word));
		assertThat(uids(found)).containsExactly(control);
		assertThat(found.total()).isEqualTo(1);
		assertThat(found.memberStates()).containsOnlyKeys(MemberState.BE);
		assertThat(found.areas()).containsOnlyKeys(5);
		assertThat(indexer.index(withdrawn.uid())).isEqualTo(RealWorldTestIndexer.Outcome.NOT_PUBLIC);
	}

	@Test
	@DisplayName("Art 60(4)(c): the reindex writes every public test and removes a document the public may no "
			+ "longer see")
	void reindexBringsTheIndexInLine() throws Exception {
		TestUser provider = testData.provider();
		String word = TestData.uniqueWord("plover");
		TestPlan withheld = registered(provider, "Withheld " + word, AnnexIIIPoint.P4A, MemberState.AT, false);
		String control = registered(provider, "Control " + word, AnnexIIIPoint.P4A, MemberState.AT, true).uid();
		awaitIndexed(word, 1);
		// a stale document, e.g. left by a withdrawal while the index was unreachable
		PublicTestPlan consented = queries.latest(control).orElseThrow();
		index.client()
			.index(i -> i.index(index.writeAlias())
				.id(withheld.uid())
				.document(RealWorldTestIndexer.toSource(new PublicTestPlan(withheld.uid(), consented.providerName(), 1,
						1, consented.data(), "", consented.firstRegisteredAt(), consented.registeredAt(), "",
						PublicTestStatus.REGISTERED))));
		index.refresh();
		assertThat(search.search(text(word)).orElseThrow().uids()).contains(withheld.uid());

		RealWorldTestIndexer.Result result = indexer.reindexAll();
		assertThat(result.removed()).isGreaterThanOrEqualTo(1);
		assertThat(search.search(text(word)).orElseThrow().uids()).containsExactly(control);
	}

	@Test
	@DisplayName("Art 71(4): while Elasticsearch is unreachable the database answers the test search (reduced mode)")
	void reducedModeAnswersFromTheDatabase() {
		TestUser provider = testData.provider();
		String word = TestData.uniqueWord("grebe");
		String consented = registered(provider, "Consented " + word, AnnexIIIPoint.P4A, MemberState.DE, true).uid();
		String withheld = registered(provider, "Withheld " + word, AnnexIIIPoint.P4A, MemberState.DE, false).uid();
		proxy.off();
		TestSearch.Results found = queries.search(text(word));
		assertThat(found.reduced()).isTrue();
		assertThat(uids(found)).containsExactly(consented).doesNotContain(withheld);
		assertThat(found.memberStates()).containsEntry(MemberState.DE, 1L);
	}

}
