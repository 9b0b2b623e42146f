package org.airegistry.gpai;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.airegistry.shared.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each field rule of a GPAI model page: one change to a complete page, one message. */
class GpaiRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	static final GpaiRules.Context EU = new GpaiRules.Context(true, SystemicRiskStatus.NONE, TODAY, false);

	static final GpaiRules.Context NON_EU = new GpaiRules.Context(false, SystemicRiskStatus.NONE, TODAY, false);

	static List<FieldError> problems(GpaiModelData data, GpaiRules.Context context) {
		return GpaiRules.publicationProblems(data, context);
	}

	@Test
	@DisplayName("The complete samples have no problems")
	void completeIsValid() {
		assertThat(problems(GpaiSamples.complete("M"), EU)).isEmpty();
		assertThat(problems(GpaiSamples.systemic("S"), EU)).isEmpty();
	}

	record Case(String name, UnaryOperator<GpaiModelData.Builder> change, GpaiRules.Context context, String field,
			String messageKey) {

		@Override
		public String toString() {
			return name;
		}

	}

	static UnaryOperator<GpaiModelData.Builder> summary(UnaryOperator<TrainingContentSummary.Builder> change) {
		return builder -> builder
			.trainingSummary(change.apply(GpaiSamples.complete("x").trainingSummary().toBuilder()).build());
	}

	static Stream<Arguments> rules() {
		return Stream
			.of(new Case("name required", b -> b.name(""), EU, "name", "gpai.validation.required"),
					new Case("name at most 200", b -> b.name("x".repeat(201)), EU, "name", "gpai.validation.tooLong"),
					new Case(
							"every text at most 10 000, named by its field", b -> b.architecture("x".repeat(10_001)),
							EU, "architecture", "gpai.validation.tooLong"),
					new Case("a summary text without control characters, named by its field",
							summary(s -> s.crawlPeriod("2024\u0000")), EU, "crawlPeriod",
							"validation.controlCharacters"),
					new Case("Annex XII 1(c): release date required", b -> b.releaseDate(null), EU, "releaseDate",
							"gpai.validation.required"),
					new Case("Annex XII 1(h): licence required", b -> b.licence(" "), EU, "licence",
							"gpai.validation.required"),
					new Case("model type required (search facet)", b -> b.modelType(null), EU, "modelType",
							"gpai.validation.required"),
					new Case("Art 54(1): authorised representative outside the Union", b -> b, NON_EU,
							"authorisedRepresentative", "gpai.validation.authorisedRepresentative"),
					new Case("Art 53(1)(b), Annex XII 1(f): architecture required", b -> b.architecture(""), EU,
							"architecture", "gpai.validation.annexXII"),
					new Case("Annex XII 1(g): input modalities required", b -> b.inputModalities(java.util.Set.of()),
							EU, "inputModalities", "gpai.validation.annexXII"),
					new Case("Annex XII 2(b): formats and maximum sizes required", b -> b.formatsAndMaxSizes(""), EU,
							"formatsAndMaxSizes", "gpai.validation.annexXII"),
					new Case("Annex XII 2(c): training data description required", b -> b.trainingDataDescription(""),
							EU, "trainingDataDescription", "gpai.validation.annexXII"),
					new Case("Art 53(1)(c): copyright policy required, even open source",
							b -> b.openSource(true).copyrightPolicy(""), EU, "copyrightPolicy",
							"gpai.validation.copyrightPolicy"),
					new Case("Art 53(1)(d), template 1.3: a modality size band",
							summary(s -> s.modalities(java.util.Map.of())), EU, "modalities",
							"gpai.validation.summary.modalities"),
					new Case("Template 2.3: crawler names when crawled", summary(s -> s.crawlerNames("")), EU,
							"crawlerNames", "gpai.validation.summary.crawler"),
					new Case("Template 2.3: top domains when crawled", summary(s -> s.topDomains(List.of())), EU,
							"topDomains", "gpai.validation.summary.topDomains"),
					new Case("Template 2.3: top domains are domain names",
							summary(s -> s.topDomains(List.of("not a domain"))), EU, "topDomains",
							"gpai.validation.domain"),
					new Case("Template 3.1: opt-out measures", summary(s -> s.optOutMeasures("")), EU, "optOutMeasures",
							"gpai.validation.summary.optOut"),
					new Case(
							"Template 3.2: illegal content removal", summary(s -> s.illegalContentMeasures("")), EU,
							"illegalContentMeasures", "gpai.validation.summary.illegalContent"),
					new Case("Art 51(2), 52(1): more than 10^25 FLOP must be notified",
							b -> b.trainingComputeFlop(new BigDecimal("1.1E25")), EU, "systemicRiskStatus",
							"gpai.validation.presumption"),
					new Case("Art 51(2): the estimate 6 x N x D also triggers the presumption",
							b -> b.parameterCount(1_000_000_000_000L).trainingTokens(2_000_000_000_000L), EU,
							"systemicRiskStatus", "gpai.validation.presumption"),
					new Case("Art 55(1)(a): evaluation summary for systemic risk",
							b -> b.systemicRiskStatus(SystemicRiskStatus.NOTIFIED), EU, "evaluationSummary",
							"gpai.validation.systemic"),
					new Case("Art 55(1)(c): incident contact for systemic risk",
							b -> b.systemicRiskStatus(SystemicRiskStatus.NOTIFIED), EU, "incidentContact",
							"gpai.validation.systemic"),
					new Case("Art 55(1)(d): cybersecurity summary for systemic risk",
							b -> b.systemicRiskStatus(SystemicRiskStatus.NOTIFIED), EU, "cybersecuritySummary",
							"gpai.validation.systemic"),
					new Case("Art 52(4): providers cannot set designated",
							b -> b.systemicRiskStatus(SystemicRiskStatus.DESIGNATED).statusDecisionDate(TODAY), EU,
							"systemicRiskStatus", "gpai.validation.designatedByRegulator"),
					new Case("Art 52(5): reassessment not before six months",
							b -> b.systemicRiskStatus(SystemicRiskStatus.REASSESSMENT_REQUESTED)
								.statusDecisionDate(TODAY.minusMonths(6).plusDays(1)),
							new GpaiRules.Context(true, SystemicRiskStatus.DESIGNATED, TODAY, false),
							"systemicRiskStatus", "gpai.validation.reassessmentTooEarly"),
					new Case("Art 52(4): a designation stays until the Commission decides",
							b -> b.systemicRiskStatus(SystemicRiskStatus.NONE),
							new GpaiRules.Context(true, SystemicRiskStatus.DESIGNATED, TODAY, false),
							"systemicRiskStatus", "gpai.validation.designationStays"),
					new Case("Art 52(3): a rejected rebuttal needs its decision date",
							b -> b.systemicRiskStatus(SystemicRiskStatus.REBUTTAL_REJECTED), EU, "statusDecisionDate",
							"gpai.validation.decisionDate"),
					new Case("decision date not in the future",
							b -> b.systemicRiskStatus(SystemicRiskStatus.REBUTTAL_ACCEPTED)
								.statusDecisionDate(TODAY.plusDays(1)),
							EU, "statusDecisionDate", "gpai.validation.future"),
					new Case("incident contact is an e-mail address", b -> b.incidentContact("call us"), EU,
							"incidentContact", "gpai.validation.email"),
					new Case("parameters are positive", b -> b.parameterCount(0L), EU, "parameterCount",
							"gpai.validation.positive"),
					new Case("compute is positive", b -> b.trainingComputeFlop(BigDecimal.ZERO), EU,
							"trainingComputeFlop", "gpai.validation.positive"),
					new Case("Art 51(2), Annex XIII(c): training compute is required (reported or parameters x tokens)",
							b -> b.trainingTokens(null), EU, "trainingComputeFlop", "gpai.validation.compute"),
					new Case("Art 51(2), Annex XIII(c): a reported compute names how it was measured or estimated",
							b -> b.trainingComputeFlop(new BigDecimal("2E24")), EU, "computeMethod",
							"gpai.validation.computeMethod"),
					new Case("Art 52(1): above 10^25 FLOP the date the threshold was met is required",
							b -> b.trainingComputeFlop(new BigDecimal("1.1E25"))
								.computeMethod("measured")
								.systemicRiskStatus(SystemicRiskStatus.NOTIFIED),
							EU, "thresholdMetDate", "gpai.validation.thresholdMetDate"),
					new Case("Art 52(1): a notified model states the date of the notification",
							b -> b.systemicRiskStatus(SystemicRiskStatus.NOTIFIED), EU, "notificationDate",
							"gpai.validation.notificationDate"),
					new Case("Art 52(1): the notification date is not in the future",
							b -> b.notificationDate(TODAY.plusDays(1)), EU, "notificationDate",
							"gpai.validation.futureDate"),
					new Case("Art 52(1): the threshold date is not in the future",
							b -> b.thresholdMetDate(TODAY.plusDays(1)), EU, "thresholdMetDate",
							"gpai.validation.futureDate"),
					new Case(
							"Art 52(3): providers cannot record that the Commission accepted their arguments",
							b -> b.systemicRiskStatus(SystemicRiskStatus.REBUTTAL_ACCEPTED).statusDecisionDate(TODAY),
							new GpaiRules.Context(true, SystemicRiskStatus.REBUTTAL_SUBMITTED, TODAY, false),
							"systemicRiskStatus", "gpai.validation.decisionByRegulator"),
					new Case("Art 52(3): providers cannot record that the Commission rejected their arguments",
							b -> b.systemicRiskStatus(SystemicRiskStatus.REBUTTAL_REJECTED).statusDecisionDate(TODAY),
							new GpaiRules.Context(true, SystemicRiskStatus.REBUTTAL_SUBMITTED, TODAY, false),
							"systemicRiskStatus", "gpai.validation.decisionByRegulator"),
					new Case("Art 52(3): providers cannot move the date of the Commission's decision",
							b -> b.systemicRiskStatus(SystemicRiskStatus.REBUTTAL_ACCEPTED).statusDecisionDate(TODAY),
							new GpaiRules.Context(true, SystemicRiskStatus.REBUTTAL_ACCEPTED, TODAY, false,
									TODAY.minusDays(30)),
							"systemicRiskStatus", "gpai.validation.decisionByRegulator"),
					new Case("Art 52(3): a rejected rebuttal keeps the systemic risk",
							b -> b.systemicRiskStatus(SystemicRiskStatus.NONE),
							new GpaiRules.Context(true, SystemicRiskStatus.REBUTTAL_REJECTED, TODAY, false),
							"systemicRiskStatus", "gpai.validation.decisionStays"),
					new Case("Art 52(5): the six months count from the decision as recorded",
							b -> b.systemicRiskStatus(SystemicRiskStatus.REASSESSMENT_REQUESTED)
								.statusDecisionDate(TODAY.minusYears(1)),
							new GpaiRules.Context(true, SystemicRiskStatus.DESIGNATED, TODAY, false,
									TODAY.minusMonths(1)),
							"statusDecisionDate", "gpai.validation.decisionByRegulator"),
					new Case("Art 55(1)(b): assessment and mitigation of systemic risks for systemic risk",
							b -> b.systemicRiskStatus(SystemicRiskStatus.NOTIFIED), EU, "riskMitigationSummary",
							"gpai.validation.systemic"))
			.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	@DisplayName("Art 50–55, Annex XII, AI Office template: each field rule")
	void rule(Case rule) {
		GpaiModelData data = rule.change().apply(GpaiSamples.complete("Rule").toBuilder()).build();
		assertThat(problems(data, rule.context())).anySatisfy(problem -> {
			assertThat(problem.field()).isEqualTo(rule.field());
			assertThat(problem.messageKey()).isEqualTo(rule.messageKey());
		});
	}

	@Test
	@DisplayName("Art 53(2), 54(6): open source without systemic risk needs no Annex XII details or representative")
	void openSourceExemption() {
		GpaiModelData open = GpaiSamples.complete("Open")
			.toBuilder()
			.openSource(true)
			.architecture("")
			.integrationMeans("")
			.inputModalities(java.util.Set.of())
			.build();
		assertThat(problems(open, NON_EU)).isEmpty();
	}

	@Test
	@DisplayName("Art 53(2), 54(6): the exemption does not apply with systemic risk")
	void noExemptionWithSystemicRisk() {
		GpaiModelData open = GpaiSamples.systemic("Open big").toBuilder().openSource(true).architecture("").build();
		assertThat(open.openSourceExempt()).isFalse();
		assertThat(problems(open, NON_EU)).extracting(FieldError::field)
			.contains("architecture", "authorisedRepresentative");
	}

	@Test
	@DisplayName("Art 52(5): reassessment from six months after the decision is accepted")
	void reassessmentAfterSixMonths() {
		GpaiModelData data = GpaiSamples.systemic("Designated")
			.toBuilder()
			.systemicRiskStatus(SystemicRiskStatus.REASSESSMENT_REQUESTED)
			.statusDecisionDate(TODAY.minusMonths(6))
			.build();
		assertThat(problems(data, new GpaiRules.Context(true, SystemicRiskStatus.DESIGNATED, TODAY, false))).isEmpty();
	}

	@Test
	@DisplayName("Art 52(4): a regulator may record the designation")
	void regulatorDesignates() {
		GpaiModelData data = GpaiSamples.systemic("By regulator")
			.withSystemicRiskStatus(SystemicRiskStatus.DESIGNATED, TODAY);
		assertThat(problems(data, new GpaiRules.Context(true, SystemicRiskStatus.NOTIFIED, TODAY, true))).isEmpty();
	}

	@Test
	@DisplayName("Art 51(2): 6 x parameters x tokens, strictly more than 10^25")
	void compute() {
		assertThat(TrainingCompute.estimate(400_000_000_000L, 15_000_000_000_000L))
			.isEqualByComparingTo(new BigDecimal("3.6E25"));
		assertThat(TrainingCompute.presumesSystemicRisk(new BigDecimal("1E25"))).isFalse();
		assertThat(TrainingCompute.presumesSystemicRisk(new BigDecimal("1.0000001E25"))).isTrue();
		assertThat(GpaiSamples.complete("x").computeEstimated()).isTrue();
		assertThat(GpaiSamples.systemic("x").computeEstimated()).isFalse();
		assertThat(TrainingCompute.format(new BigDecimal("3.6E25"))).isEqualTo("3.60E+25");
	}

	@Test
	@DisplayName("Art 52(3): the provider keeps the Commission's decision as recorded in its next version")
	void providerKeepsDecision() {
		GpaiModelData data = GpaiSamples.systemic("Kept")
			.toBuilder()
			.modelVersion("2.0")
			.build()
			.withSystemicRiskStatus(SystemicRiskStatus.REBUTTAL_ACCEPTED, TODAY.minusDays(30));
		assertThat(problems(data,
				new GpaiRules.Context(true, SystemicRiskStatus.REBUTTAL_ACCEPTED, TODAY, false, TODAY.minusDays(30))))
			.isEmpty();
	}

	@Test
	@DisplayName("Art 52(3): a regulator of the AI Office may record the decision on the arguments")
	void regulatorDecidesRebuttal() {
		GpaiModelData data = GpaiSamples.systemic("Decided")
			.withSystemicRiskStatus(SystemicRiskStatus.REBUTTAL_REJECTED, TODAY);
		assertThat(problems(data, new GpaiRules.Context(true, SystemicRiskStatus.REBUTTAL_SUBMITTED, TODAY, true)))
			.isEmpty();
	}

	record Due(String name, LocalDate thresholdMet, LocalDate due) {

		@Override
		public String toString() {
			return name;
		}

	}

	static Stream<Due> dueDates() {
		return Stream.of(
				new Due("Art 52(1), Reg. 1182/71 Art 3(2)(c): two weeks end on the same weekday",
						LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20)),
				new Due("Art 52(1), Reg. 1182/71 Art 3(4): a period ending on a Saturday ends on the Monday",
						LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 20)),
				new Due("Art 52(1), Reg. 1182/71 Art 3(4): a period ending on a Sunday ends on the Monday",
						LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 20)),
				new Due("Art 52(1): across a month end", LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 6)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dueDates")
	@DisplayName("Art 52(1): the notification is due two weeks after the threshold is met")
	void notificationDue(Due due) {
		GpaiModelData data = GpaiSamples.systemic("Due").toBuilder().thresholdMetDate(due.thresholdMet()).build();
		assertThat(data.notificationDue()).contains(due.due());
	}

	@Test
	@DisplayName("Art 52(1): a notification after the due date, or none by then, is late")
	void notificationLate() {
		GpaiModelData.Builder base = GpaiSamples.systemic("Late")
			.toBuilder()
			.thresholdMetDate(LocalDate.of(2026, 4, 6));
		assertThat(base.notificationDate(LocalDate.of(2026, 4, 20)).build().notificationLate(TODAY)).isFalse();
		assertThat(base.notificationDate(LocalDate.of(2026, 4, 21)).build().notificationLate(TODAY)).isTrue();
		assertThat(base.notificationDate(null).build().notificationLate(LocalDate.of(2026, 4, 20))).isFalse();
		assertThat(base.notificationDate(null).build().notificationLate(LocalDate.of(2026, 4, 21))).isTrue();
		assertThat(GpaiSamples.complete("Below").notificationDue()).isEmpty();
	}

	@Test
	@DisplayName("Art 52(3): an accepted rebuttal lifts the presumption")
	void rebuttalAccepted() {
		GpaiModelData data = GpaiSamples.systemic("Accepted")
			.withSystemicRiskStatus(SystemicRiskStatus.REBUTTAL_ACCEPTED, TODAY);
		assertThat(data.presumedSystemicRisk()).isTrue();
		assertThat(data.systemicRisk()).isFalse();
	}

}
