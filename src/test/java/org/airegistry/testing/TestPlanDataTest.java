package org.airegistry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.airegistry.registry.Point1Policy;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of an Annex IX registration and of the conditions kept for the authorities.
 */
class TestPlanDataTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	static final Point1Policy POLICY = Point1Policy.LE_OR_MIGRATION_USE_ONLY;

	static TestPlanData plan(AnnexIIIPoint point, boolean le, String summary, LocalDate start, LocalDate end,
			boolean consent) {
		return new TestPlanData("RWT-AAAA-BBBB-CCCC", "tests@example.org", "Clinic Example, trials@clinic.example",
				"TriageAssist", "2.0", "", point, le, false, "Triage of emergency calls.",
				"Ranks incoming calls by urgency.", summary, Set.of(MemberState.DE), start, end, consent);
	}

	static List<String> fields(List<FieldError> problems) {
		return problems.stream().map(problem -> problem.field() + ":" + problem.messageKey()).toList();
	}

	@Test
	@DisplayName("Annex IX: a complete plan may be registered")
	void complete() {
		assertThat(plan(AnnexIIIPoint.P5D, false, "Six weeks in two control rooms.", TODAY.plusDays(10),
				TODAY.plusMonths(3), true)
			.submissionProblems(POLICY, true, TODAY)).isEmpty();
	}

	@Test
	@DisplayName("Art 60(4)(f): at most six months")
	void sixMonths() {
		TestPlanData tooLong = plan(AnnexIIIPoint.P5D, false, "S", TODAY, TODAY.plusMonths(6).plusDays(1), false);
		assertThat(fields(tooLong.draftProblems(POLICY, true)))
			.containsExactly("plannedEnd:testing.validation.sixMonths");
		TestPlanData exactly = plan(AnnexIIIPoint.P5D, false, "S", TODAY, TODAY.plusMonths(6), false);
		assertThat(exactly.draftProblems(POLICY, true)).isEmpty();
		TestPlanData backwards = plan(AnnexIIIPoint.P5D, false, "S", TODAY, TODAY.minusDays(1), false);
		assertThat(fields(backwards.draftProblems(POLICY, true)))
			.containsExactly("plannedEnd:testing.validation.endBeforeStart");
	}

	@Test
	@DisplayName("Art 60(4)(c): registration before testing starts")
	void registeredBeforeStart() {
		TestPlanData started = plan(AnnexIIIPoint.P5D, false, "S", TODAY.minusDays(1), TODAY.plusMonths(1), false);
		assertThat(fields(started.submissionProblems(POLICY, true, TODAY)))
			.containsExactly("plannedStart:testing.validation.startBeforeRegistration");
	}

	@Test
	@DisplayName("Art 60(4)(c), Art 49(5): tests of Annex III point 2 (critical infrastructure) are registered nationally")
	void point2() {
		TestPlanData infrastructure = plan(AnnexIIIPoint.P2, false, "S", TODAY, TODAY.plusMonths(1), false);
		assertThat(fields(infrastructure.draftProblems(POLICY, true)))
			.containsExactly("annexIIIPoint:testing.validation.point2National");
	}

	@Test
	@DisplayName("Art 49(4)(d): law-enforcement, migration, asylum and border tests keep only the secure subset")
	void secureSubset() {
		TestPlanData border = plan(AnnexIIIPoint.P7D, false, "Plan summary", TODAY, TODAY.plusMonths(1), true);
		assertThat(border.secure(POLICY)).isTrue();
		assertThat(fields(border.draftProblems(POLICY, true))).containsExactlyInAnyOrder(
				"planSummary:testing.validation.notInSecureSection",
				"publicationConsent:testing.validation.noConsentInSecureSection");
		TestPlanData minimal = plan(AnnexIIIPoint.P7D, false, "", TODAY, TODAY.plusMonths(1), false);
		assertThat(minimal.submissionProblems(POLICY, true, TODAY)).as("IX-4 is not required there").isEmpty();
		assertThat(plan(AnnexIIIPoint.P1A, true, "", TODAY, TODAY, false).secure(POLICY)).isTrue();
		assertThat(plan(AnnexIIIPoint.P1A, false, "", TODAY, TODAY, false).secure(POLICY)).isFalse();
		assertThat(plan(AnnexIIIPoint.P1A, false, "", TODAY, TODAY, false).secure(Point1Policy.ALWAYS)).isTrue();
	}

	@Test
	@DisplayName("Regulation (EU) 2026/1744: Annex I Section A products are covered while the setting says so")
	void annexI() {
		TestPlanData product = new TestPlanData("RWT-AAAA-BBBB-CCCC", "c", "", "Robot arm", "1", "", null, false, true,
				"Assembly", "Arm", "Summary", Set.of(MemberState.DE), TODAY, TODAY.plusMonths(1), false);
		assertThat(product.submissionProblems(POLICY, true, TODAY)).isEmpty();
		assertThat(fields(product.submissionProblems(POLICY, false, TODAY)))
			.containsExactly("annexISectionAProduct:testing.validation.annexINotCovered");
	}

	@Test
	@DisplayName("Art 61: informed consent recorded as its existence and how it is kept, never the subjects' data")
	void consent() {
		assertThat(new TestConduct(ConsentBasis.INFORMED_CONSENT, "Signed forms kept by the clinic for 10 years.", true,
				"")
			.submissionProblems(false)).isEmpty();
		assertThat(fields(new TestConduct(ConsentBasis.INFORMED_CONSENT, "", false, "").submissionProblems(false)))
			.containsExactlyInAnyOrder("consentRecordKeeping:validation.required",
					"consentInformationIncludesUid:testing.validation.uidInConsent");
		assertThat(fields(new TestConduct(ConsentBasis.INFORMED_CONSENT, "Contact anna.muster@example.org", true, "")
			.draftProblems())).containsExactly("consentRecordKeeping:testing.validation.noSubjectData");
		assertThat(fields(
				new TestConduct(ConsentBasis.INFORMED_CONSENT, "Call +49 170 1234567", true, "").draftProblems()))
			.containsExactly("consentRecordKeeping:testing.validation.noSubjectData");
		assertThat(new TestConduct(ConsentBasis.INFORMED_CONSENT, "Kept until 2036-12-31 in the archive.", true, "")
			.draftProblems()).as("dates are not contact data").isEmpty();
	}

	@Test
	@DisplayName("Art 60(4)(i): the law-enforcement exception only for law-enforcement tests")
	void lawEnforcementException() {
		TestConduct exception = new TestConduct(ConsentBasis.LAW_ENFORCEMENT_EXCEPTION, "", false, "");
		assertThat(exception.submissionProblems(true)).isEmpty();
		assertThat(fields(exception.submissionProblems(false)))
			.containsExactly("consentBasis:testing.validation.lawEnforcementOnly");
	}

	@Test
	@DisplayName("Annex IX(1): UIDs are random, well-formed and recognised as typed")
	void uids() {
		java.util.Random random = new java.util.Random(42);
		String uid = TestUids.random(random);
		assertThat(uid).matches(TestUids.FORM);
		assertThat(TestUids.parse(" " + uid.toLowerCase(java.util.Locale.ROOT) + " ")).contains(uid);
		assertThat(TestUids.parse("RWT-IIII-LLLL-OOOO")).as("no I, L, O in Crockford base 32").isEmpty();
		assertThat(TestUids.random(random)).isNotEqualTo(uid);
	}

	@Test
	@DisplayName("Art 74(8): a point-1 test used for justice and democracy is reviewed by the data protection authority; plans stored before the question read as not used for it")
	void justiceAndDemocracy() {
		TestPlanData plan = plan(AnnexIIIPoint.P1A, false, "Six weeks in two courts.", TODAY.plusDays(10),
				TODAY.plusMonths(3), false);
		assertThat(plan.supervision().basis()).isEqualTo(org.airegistry.incident.SupervisionBasis.DESIGNATED_AUTHORITY);
		TestPlanData justice = new TestPlanData(plan.uid(), plan.providerContact(), plan.deployers(), plan.systemName(),
				plan.systemReference(), plan.registrationNumber(), plan.annexIIIPoint(),
				plan.lawEnforcementOrMigrationUse(), plan.annexISectionAProduct(), plan.intendedPurpose(),
				plan.systemDescription(), plan.planSummary(), plan.memberStates(), plan.plannedStart(),
				plan.plannedEnd(), plan.publicationConsent(), true);
		assertThat(justice.supervision().basis())
			.isEqualTo(org.airegistry.incident.SupervisionBasis.DATA_PROTECTION_AUTHORITY);
		assertThat(justice.withPublicationConsent(true).justiceAndDemocracyUse()).isTrue();
		assertThat(justice.secure(POLICY)).as("the secure section is for law enforcement and migration only").isFalse();
		String stored = org.airegistry.publication.CanonicalJson.write(justice);
		assertThat(org.airegistry.publication.CanonicalJson.read(stored, TestPlanData.class)).isEqualTo(justice);
		String before = stored.replace(",\"justiceAndDemocracyUse\":true", "");
		assertThat(before).doesNotContain("justiceAndDemocracyUse");
		assertThat(org.airegistry.publication.CanonicalJson.read(before, TestPlanData.class)).isEqualTo(plan);
	}

}
