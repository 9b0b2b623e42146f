package org.airegistry.testing;

import static org.airegistry.db.Tables.TEST_PLAN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.incident.Authorities;
import org.airegistry.incident.SupervisionBasis;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.publication.PublicHold;
import org.airegistry.publication.Visibility;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Competence;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.airegistry.testing.persistence.TestPlanRepository;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.RestClient;

/**
 * Tests in real-world conditions end to end on PostgreSQL 18: registration before the
 * start, approval by the authority of each Member State (explicit, tacit after 30 days
 * where national law allows it), start, one extension, suspension, termination, outcome,
 * and publication only with consent, gone from every public path once it is withdrawn.
 */
@PostgresTest
class TestPlanServiceIT {

	@Autowired
	TestData testData;

	@Autowired
	TestPlanService plans;

	@Autowired
	TestingAuthorityService authority;

	@Autowired
	TestPlanQueries queries;

	@Autowired
	TestingTimers timers;

	@Autowired
	TestingOversight oversight;

	@Autowired
	TestPlanRepository repository;

	@Autowired
	OrganisationService organisations;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	static TestPlanData content(String name, AnnexIIIPoint point, Set<MemberState> states, boolean consent) {
		return new TestPlanData("", "tests@provider.example", "Clinic Example, trials@clinic.example", name, "2.0", "",
				point, false, false, "Triage of emergency calls.", "Ranks incoming calls by urgency.",
				point.area() == 7 || point.area() == 6 ? "" : "Six weeks in two control rooms with 400 calls.", states,
				LocalDate.now().plusDays(1), LocalDate.now().plusMonths(3), consent);
	}

	static TestConduct consent() {
		return new TestConduct(ConsentBasis.INFORMED_CONSENT, "Signed forms kept by the clinic for ten years.", true,
				"Participants may withdraw at any time.");
	}

	static int status(RestClient api, String path) {
		Integer status = api.get().uri(path).exchange((request, response) -> response.getStatusCode().value());
		return status == null ? 0 : status;
	}

	TestPlan register(TestUser provider, TestPlanData data) {
		return testData.as(provider, () -> {
			TestPlan plan = plans.create();
			TestPlan saved = plans.save(plan.id(), plan.lockVersion(), data, consent());
			return plans.register(saved.id(), saved.lockVersion(), "");
		});
	}

	@Test
	@DisplayName("Art 60(4)(a)-(c), (f), (8): registered before the start, approved, started, extended once, suspended, resumed, terminated, outcome notified")
	void lifecycle() {
		TestUser provider = testData.provider();
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		TestPlan plan = register(provider,
				content("Triage " + UUID.randomUUID(), AnnexIIIPoint.P5D, Set.of(MemberState.MT), false));
		assertThat(plan.state()).isEqualTo(TestPlanState.SUBMITTED);
		assertThat(plan.uid()).matches(TestUids.FORM);
		assertThat(plan.draft().uid()).isEqualTo(plan.uid());
		assertThat(plan.visibility()).isEqualTo(Visibility.CONSENT_WITHHELD);

		assertThatThrownBy(() -> testData.run(provider, () -> plans.start(plan.id(), null))).isInstanceOfSatisfying(
				ActionRefusedException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("testing.refused.notApproved"));
		assertThat(testData.as(malta, authority::inbox)).extracting(item -> item.plan().id()).contains(plan.id());
		testData.run(malta, () -> authority.approve(plan.id(), "Review every ranking."));
		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().state())).isEqualTo(TestPlanState.APPROVED);

		TestPlan started = testData.as(provider, () -> plans.start(plan.id(), null));
		assertThat(started.state()).isEqualTo(TestPlanState.ACTIVE);
		assertThat(started.endLimit()).isEqualTo(started.startedOn().plusMonths(6));

		assertThatThrownBy(() -> testData.run(provider,
				() -> plans.extend(plan.id(), started.endLimit().plusMonths(7), "We need more data from winter.")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("testing.validation.extensionSixMonths"));
		TestPlan extended = testData.as(provider,
				() -> plans.extend(plan.id(), started.endLimit().plusMonths(6), "We need more data from winter."));
		assertThat(extended.extended()).isTrue();
		assertThat(extended.endLimit()).isEqualTo(started.startedOn().plusMonths(12));
		assertThatThrownBy(() -> testData.run(provider,
				() -> plans.extend(plan.id(), extended.endLimit().plusMonths(1), "And once more, please.")))
			.isInstanceOfSatisfying(ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("testing.refused.extendedOnce"));

		testData.run(provider, () -> plans.suspend(plan.id(), "A serious incident is being investigated."));
		testData.run(provider, () -> plans.resume(plan.id()));
		testData.run(provider, () -> plans.terminate(plan.id(), "The objectives cannot be reached."));
		TestPlan ended = testData.as(provider,
				() -> plans.notifyOutcome(plan.id(), "Accuracy below the target; the project stops."));
		assertThat(ended.state()).isEqualTo(TestPlanState.TERMINATED);
		assertThat(ended.outcomeNotifiedAt()).isNotNull();
		assertThat(testData.as(malta, () -> authority.open(plan.id()).events())).extracting(TestEvent::kind)
			.containsSubsequence(TestEventKind.SUBMITTED, TestEventKind.APPROVED, TestEventKind.STARTED,
					TestEventKind.EXTENDED, TestEventKind.SUSPENDED, TestEventKind.RESUMED, TestEventKind.TERMINATED,
					TestEventKind.OUTCOME_NOTIFIED);
		assertThat(
				jdbc.queryForList("SELECT action FROM audit_event WHERE subject_type = 'test-plan' AND subject_id = ?",
						String.class, plan.uid()))
			.contains("test-plan.created", "test-plan.registered", "test-plan.review-approved", "test-plan.approved",
					"test-plan.started", "test-plan.extended", "test-plan.suspended", "test-plan.terminated",
					"test-plan.outcome-notified");
	}

	@Test
	@DisplayName("Art 60(4)(b): without an answer in 30 days a plan is approved tacitly, or waits where national law requires an authorisation")
	void tacitApproval() {
		TestUser provider = testData.provider();
		Authorities.of(organisations, MemberState.MT);
		Authorities.of(organisations, MemberState.CY);
		TestPlan plan = register(provider, content("Tacit " + UUID.randomUUID(), AnnexIIIPoint.P5D,
				Set.of(MemberState.MT, MemberState.CY), false));
		List<Review> reviews = repository.reviews(plan.id());
		assertThat(reviews).extracting(Review::tacitAllowed).containsExactlyInAnyOrder(true, false);
		assertThat(reviews)
			.allSatisfy(review -> assertThat(review.tacitAt()).isAfter(review.submittedAt().plus(Duration.ofDays(29))));
		timers.runOnce();
		assertThat(repository.reviews(plan.id())).extracting(Review::state).containsOnly(ReviewState.PENDING);

		thirtyDaysAgo(plan.id(), Duration.ofDays(45));
		timers.runOnce();
		assertThat(repository.reviews(plan.id())).extracting(Review::memberState, Review::state)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(MemberState.MT, ReviewState.TACITLY_APPROVED),
					org.assertj.core.groups.Tuple.tuple(MemberState.CY, ReviewState.AUTHORISATION_PENDING));
		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().state())).as("Cyprus has not authorised it")
			.isEqualTo(TestPlanState.SUBMITTED);
		TestUser cyprus = Authorities.of(organisations, MemberState.CY);
		testData.run(cyprus, () -> authority.approve(plan.id(), ""));
		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().state())).isEqualTo(TestPlanState.APPROVED);
	}

	@Test
	@DisplayName("Art 76(5): a refusal needs reasons; a refused plan does not take place")
	void refusal() {
		TestUser provider = testData.provider();
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		TestPlan plan = register(provider,
				content("Refused " + UUID.randomUUID(), AnnexIIIPoint.P5D, Set.of(MemberState.MT), true));
		assertThatThrownBy(() -> testData.run(malta, () -> authority.refuse(plan.id(), "no")))
			.isInstanceOf(InvalidInputException.class);
		testData.run(malta,
				() -> authority.refuse(plan.id(), "The safeguards for minors are missing; appeal to the court."));
		assertThat(testData.as(provider, () -> plans.open(plan.id()).plan().state())).isEqualTo(TestPlanState.REJECTED);
		assertThat(queries.latest(plan.uid())).get()
			.satisfies(found -> assertThat(found.status()).isEqualTo(PublicTestStatus.NOT_TAKING_PLACE));
		assertThatThrownBy(() -> testData.run(malta, () -> authority.approve(plan.id(), "")))
			.isInstanceOf(ActionRefusedException.class);
	}

	@Test
	@DisplayName("Art 60(4)(c), Art 49(5): tests of Annex III point 2 are registered nationally; Art 49(4)(d): the secure subset")
	void refusedAndSecure() {
		TestUser provider = testData.provider();
		assertThatThrownBy(() -> register(provider,
				content("Grid " + UUID.randomUUID(), AnnexIIIPoint.P2, Set.of(MemberState.MT), false)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.contains("testing.validation.point2National"));
		TestPlan border = register(provider,
				content("Border " + UUID.randomUUID(), AnnexIIIPoint.P7D, Set.of(MemberState.MT), false));
		assertThat(border.visibility()).isEqualTo(Visibility.RESTRICTED);
		assertThat(border.draft().planSummary()).isEmpty();
		assertThatThrownBy(() -> testData.run(provider,
				() -> plans.save(border.id(), border.lockVersion(), border.draft().withPublicationConsent(true),
						consent())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("testing.validation.noConsentInSecureSection"));
		assertThat(queries.state(border.uid()).isVisible()).isFalse();
	}

	@Test
	@DisplayName("Art 74(8), Art 60(4)(b): plans for Annex III points 7 and 8 go to the data protection authority, "
			+ "others to the market surveillance authority (Art 70(1)); the inbox says why")
	void dataProtectionAuthorityUnderArticle74Paragraph8() {
		TestUser provider = testData.provider();
		TestUser msa = Authorities.of(organisations, MemberState.LT);
		TestUser dpa = Authorities.dataProtection(organisations, MemberState.LT);
		TestPlan border = register(provider,
				content("Border " + UUID.randomUUID(), AnnexIIIPoint.P7A, Set.of(MemberState.LT), false));
		TestPlan justice = register(provider,
				content("Justice " + UUID.randomUUID(), AnnexIIIPoint.P8A, Set.of(MemberState.LT), false));
		TestPlan hiring = register(provider,
				content("Hiring " + UUID.randomUUID(), AnnexIIIPoint.P4A, Set.of(MemberState.LT), false));

		assertThat(repository.reviews(border.id())).singleElement()
			.satisfies(review -> assertThat(review.authority()).isEqualTo(dpa.organisation()));
		assertThat(repository.reviews(justice.id())).singleElement()
			.satisfies(review -> assertThat(review.authority()).isEqualTo(dpa.organisation()));
		assertThat(repository.reviews(hiring.id())).singleElement()
			.satisfies(review -> assertThat(review.authority()).isEqualTo(msa.organisation()));

		List<TestingAuthorityService.InboxItem> dpaInbox = testData.as(dpa, authority::inbox);
		assertThat(dpaInbox).extracting(item -> item.plan().id())
			.contains(border.id(), justice.id())
			.doesNotContain(hiring.id());
		assertThat(dpaInbox).filteredOn(item -> item.plan().id().equals(border.id()))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.supervision().basis()).isEqualTo(SupervisionBasis.DATA_PROTECTION_AUTHORITY);
				assertThat(item.supervision().point()).isEqualTo(AnnexIIIPoint.P7A);
			});
		assertThat(testData.as(msa, authority::inbox)).filteredOn(item -> item.plan().id().equals(hiring.id()))
			.singleElement()
			.satisfies(item -> assertThat(item.supervision().basis()).isEqualTo(SupervisionBasis.DESIGNATED_AUTHORITY));
		testData.run(dpa, () -> authority.approve(border.id(), null));
		assertThat(repository.find(border.id()).orElseThrow().state()).isEqualTo(TestPlanState.APPROVED);
	}

	@Test
	@DisplayName("Art 74(8), DD082: a plan waiting for a Member State's authority is routed to its data protection "
			+ "authority when the plan is about a point 8 system")
	void waitingPlanRoutedToTheDataProtectionAuthority() {
		TestUser provider = testData.provider();
		TestPlan justice = register(provider,
				content("Court " + UUID.randomUUID(), AnnexIIIPoint.P8B, Set.of(MemberState.IE), false));
		assertThat(repository.reviews(justice.id())).singleElement()
			.satisfies(review -> assertThat(review.state()).isEqualTo(ReviewState.AWAITING_AUTHORITY));
		TestUser dpa = Authorities.dataProtection(organisations, MemberState.IE);
		TestUser msa = Authorities.of(organisations, MemberState.IE);
		assertThat(timers.runOnce()).isPositive();
		assertThat(repository.reviews(justice.id())).singleElement().satisfies(review -> {
			assertThat(review.state()).isEqualTo(ReviewState.PENDING);
			assertThat(review.authority()).isEqualTo(dpa.organisation()).isNotEqualTo(msa.organisation());
		});
	}

	@Test
	@DisplayName("Organisation scope: another provider and another Member State's authority get nothing")
	void scope() {
		TestUser provider = testData.provider();
		TestPlan plan = register(provider,
				content("Scoped " + UUID.randomUUID(), AnnexIIIPoint.P5D, Set.of(MemberState.MT), false));
		assertThatThrownBy(() -> testData.run(testData.provider(), () -> plans.open(plan.id())))
			.isInstanceOf(NotFoundException.class);
		TestUser latvia = Authorities.of(organisations, MemberState.LV);
		assertThatThrownBy(() -> testData.run(latvia, () -> authority.open(plan.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> testData.run(latvia, () -> authority.approve(plan.id(), "")))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("Art 60(4)(a)-(b), DD082: a regulator of the receiving authority without the competence for real-world testing gets nothing")
	void regulatorWithoutCompetence() {
		TestUser provider = testData.provider();
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		TestUser incidentsOnly = Authorities.colleague(organisations, malta, Set.of(Competence.SERIOUS_INCIDENTS));
		TestUser none = Authorities.colleague(organisations, malta, Set.of());
		TestPlan plan = register(provider,
				content("Competence " + UUID.randomUUID(), AnnexIIIPoint.P5D, Set.of(MemberState.MT), false));
		assertThat(testData.as(malta, authority::inbox)).extracting(item -> item.plan().id()).contains(plan.id());
		assertThat(testData.as(malta, oversight::attention).awaitingDecision()).isPositive();

		for (TestUser regulator : List.of(incidentsOnly, none)) {
			assertThatThrownBy(() -> testData.as(regulator, authority::inbox))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> testData.as(regulator, () -> authority.open(plan.id())))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> testData.run(regulator, () -> authority.approve(plan.id(), "")))
				.isInstanceOf(AccessDeniedException.class);
			assertThat(testData.as(regulator, oversight::attention).awaitingDecision()).isZero();
		}
		assertThat(repository.reviews(plan.id())).singleElement()
			.satisfies(review -> assertThat(review.decidedAt()).isNull());
	}

	@Test
	@DisplayName("Art 60(4)(c), Art 71(4): with consent the test is on every public path; withdrawn, it leaves every one at once")
	void consentAndWithdrawal() {
		TestUser provider = testData.provider();
		Authorities.of(organisations, MemberState.MT);
		String name = "Consented Triage " + UUID.randomUUID().toString().substring(0, 8);
		TestPlan withheld = register(provider,
				content("Withheld " + UUID.randomUUID(), AnnexIIIPoint.P5D, Set.of(MemberState.MT), false));
		TestPlan plan = register(provider, content(name, AnnexIIIPoint.P5D, Set.of(MemberState.MT), true));
		assertThat(plan.visibility()).isEqualTo(Visibility.PUBLIC_BY_CONSENT);
		RestClient api = RestClient.create("http://localhost:" + port);

		PublicPaths paths = new PublicPaths(api, queries);
		assertThat(paths.paths(plan.uid(), name)).as("every public path shows it").doesNotContainValue(false);
		assertThat(paths.paths(withheld.uid(), withheld.draft().systemName())).as("no consent: no public path shows it")
			.doesNotContainValue(true);
		assertThat(status(api, "/api/v1/tests/" + withheld.uid())).isEqualTo(404);

		testData.run(provider, () -> plans.withdrawConsent(plan.id()));
		assertThat(repository.find(plan.id()).orElseThrow().hold()).isEqualTo(PublicHold.CONSENT_WITHDRAWN);
		assertThat(paths.paths(plan.uid(), name)).as("withdrawn: gone from every public path")
			.doesNotContainValue(true);
		assertThat(status(api, "/api/v1/tests/" + plan.uid())).isEqualTo(410);
		assertThatThrownBy(() -> testData.run(provider, () -> plans.withdrawConsent(plan.id())))
			.isInstanceOf(ActionRefusedException.class);

		// consent given again with a new version: public again
		TestPlan current = testData.as(provider, () -> plans.open(plan.id()).plan());
		testData.run(provider, () -> {
			TestPlan saved = plans.save(current.id(), current.lockVersion(),
					current.draft().withPublicationConsent(true), current.conduct());
			plans.register(saved.id(), saved.lockVersion(), "Consent given again.");
		});
		assertThat(paths.paths(plan.uid(), name)).doesNotContainValue(false);
	}

	@Autowired
	org.jooq.DSLContext dsl;

	/**
	 * Moves the plan's submission to the authorities (and their 30 days) into the past.
	 */
	private void thirtyDaysAgo(TestPlanId id, Duration by) {
		org.jooq.types.DayToSecond interval = org.jooq.types.DayToSecond.valueOf(by);
		dsl.update(TEST_PLAN_REVIEW)
			.set(TEST_PLAN_REVIEW.SUBMITTED_AT, TEST_PLAN_REVIEW.SUBMITTED_AT.minus(interval))
			.set(TEST_PLAN_REVIEW.TACIT_AT, TEST_PLAN_REVIEW.TACIT_AT.minus(interval))
			.where(TEST_PLAN_REVIEW.TEST_PLAN_ID.eq(id.value()))
			.execute();
	}

}
