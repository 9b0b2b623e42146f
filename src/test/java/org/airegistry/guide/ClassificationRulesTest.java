package org.airegistry.guide;

import static org.airegistry.guide.Question.ANNEX_I;
import static org.airegistry.guide.Question.ANNEX_III_AREA;
import static org.airegistry.guide.Question.ANNEX_III_POINT;
import static org.airegistry.guide.Question.COMPUTE;
import static org.airegistry.guide.Question.DEPLOYER_TYPE;
import static org.airegistry.guide.Question.DEROGATION;
import static org.airegistry.guide.Question.OPEN_SOURCE;
import static org.airegistry.guide.Question.PROFILING;
import static org.airegistry.guide.Question.PROHIBITED;
import static org.airegistry.guide.Question.ROLE;
import static org.airegistry.guide.Question.SUBJECT;
import static org.airegistry.guide.Question.TRANSPARENCY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.airegistry.shared.AnnexIIIPoint;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classification table, line by line: answers in, regime, rules and references out.
 */
class ClassificationRulesTest {

	private final Guide guide = new Guide(true);

	/**
	 * A provider's system that is none of the special cases, to build variations from.
	 */
	static GuideAnswers plainSystem() {
		return GuideAnswers.of(SUBJECT, "system", ROLE, "provider", PROHIBITED, "none", ANNEX_I, "no", ANNEX_III_AREA,
				"none", TRANSPARENCY, "none");
	}

	/** A deployer's Annex III system of this kind of deployer. */
	static GuideAnswers deployerOf(String area, String point, String deployerType) {
		GuideAnswers answers = plainSystem().with(ROLE, List.of("deployer"))
			.with(ANNEX_III_AREA, List.of(area))
			.with(ANNEX_III_POINT, point.isEmpty() ? List.of() : List.of(point));
		return deployerType.isEmpty() ? answers : answers.with(DEPLOYER_TYPE, List.of(deployerType));
	}

	static final List<String> DEPLOYER = List.of("useAsInstructed", "deployerOversight", "inputData",
			"monitorAndReport", "keepLogs", "informWorkers", "deployerDpia");

	static final List<String> DEPLOYER_ANNEX_III = concat(DEPLOYER,
			List.of("informAffected", "explainDecisions", "checkClassification"));

	static GuideAnswers annexIII(String area, String point, String derogation, String profiling) {
		GuideAnswers answers = plainSystem().with(ANNEX_III_AREA, List.of(area))
			.with(ANNEX_III_POINT, point.isEmpty() ? List.of() : List.of(point))
			.with(DEROGATION, List.of(derogation.split(",")));
		return profiling.isEmpty() ? answers : answers.with(PROFILING, List.of(profiling));
	}

	static GuideAnswers model(String openSource, String compute) {
		return GuideAnswers.of(SUBJECT, "model", OPEN_SOURCE, openSource, COMPUTE, compute);
	}

	record Row(String name, GuideAnswers answers, Regime regime, List<String> rules, List<String> references,
			List<String> obligations, Set<Registration> registrations) {

		@Override
		public String toString() {
			return name;
		}

	}

	static Stream<Arguments> table() {
		List<Row> rows = new ArrayList<>();
		// Art 5(1): every practice stops the guide, whatever else was answered
		for (String point : List.of("a", "b", "ba", "bb", "c", "d", "e", "f", "g", "h")) {
			rows.add(new Row("Art 5(1)(" + point + ") prohibited",
					plainSystem().with(PROHIBITED, List.of(point)).with(ANNEX_I, List.of("yes")), Regime.PROHIBITED,
					List.of("art5." + point), List.of("Art 5(1)(" + point + ")"), List.of("doNotPlace"), Set.of()));
		}
		rows.add(new Row("Art 5(1)(a)+(f): several practices", plainSystem().with(PROHIBITED, List.of("a", "f")),
				Regime.PROHIBITED, List.of("art5.a", "art5.f"), List.of("Art 5(1)(a)", "Art 5(1)(f)"),
				List.of("doNotPlace"), Set.of()));
		rows.add(new Row("Art 6(1): Annex I safety component", plainSystem().with(ANNEX_I, List.of("yes")),
				Regime.HIGH_RISK, List.of("annexI"), List.of("Art 6(1)", "Annex I"),
				List.of("requirements", "qualityManagement", "conformity", "declaration", "postMarket",
						"seriousIncidents", "sectoralConformity", "noRegistration"),
				Set.of()));
		// Art 6(2): every Annex III point, no derogation
		for (AnnexIIIPoint point : AnnexIIIPoint.values()) {
			String area = String.valueOf(point.area());
			List<String> duties = new ArrayList<>(List.of("requirements", "qualityManagement", "conformity",
					"declaration", "postMarket", "seriousIncidents"));
			duties.add(point.area() == 2 ? "registerNationally" : "registerSectionA");
			if (Set.of(1, 6, 7).contains(point.area())) {
				duties.add("restrictedSection");
			}
			rows.add(new Row("Art 6(2): Annex III point " + point.code(),
					annexIII(area, point.area() == 2 ? "" : point.code(), "none", ""), Regime.HIGH_RISK,
					List.of("annexIII." + point.code()),
					List.of("Art 6(2)", "Annex III point " + ClassificationRules.label(point)), duties,
					Set.of(point.area() == 2 ? Registration.NATIONAL : Registration.SECTION_A)));
		}
		// Art 6(3): each condition, without and with profiling
		for (String condition : List.of("a", "b", "c", "d")) {
			rows.add(new Row("Art 6(3)(" + condition + "): not high-risk", annexIII("4", "4a", condition, "no"),
					Regime.NOT_HIGH_RISK, List.of("art63." + condition), List.of("Art 6(3)(" + condition + ")"),
					List.of("documentAssessment", "registerSectionB"), Set.of(Registration.SECTION_B)));
			rows.add(new Row("Art 6(3) third subparagraph: profiling with condition " + condition,
					annexIII("4", "4a", condition, "yes"), Regime.HIGH_RISK, List.of("annexIII.4a", "art63.profiling"),
					List.of("Art 6(2)", "Annex III point 4(a)", "Art 6(3) third subparagraph"),
					List.of("requirements", "qualityManagement", "conformity", "declaration", "postMarket",
							"seriousIncidents", "registerSectionA"),
					Set.of(Registration.SECTION_A)));
		}
		rows.add(new Row("Art 6(3)(a)+(d): conditions combine", annexIII("3", "3b", "a,d", "no"), Regime.NOT_HIGH_RISK,
				List.of("art63.a", "art63.d"), List.of("Art 6(3)(a)", "Art 6(3)(d)"),
				List.of("documentAssessment", "registerSectionB"), Set.of(Registration.SECTION_B)));
		rows.add(new Row("Art 6(1) and 6(3): Annex I product that is also a derogated Annex III system",
				annexIII("5", "5b", "b", "no").with(ANNEX_I, List.of("yes")), Regime.HIGH_RISK,
				List.of("annexI", "art63.b"), List.of("Art 6(1)", "Annex I", "Art 6(3)(b)"),
				List.of("requirements", "qualityManagement", "conformity", "declaration", "postMarket",
						"seriousIncidents", "sectoralConformity", "noRegistration", "documentAssessment",
						"registerSectionB"),
				Set.of(Registration.SECTION_B)));
		// Art 50
		Map<String, String> art50 = Map.of("chatbot", "informInteraction:Art 50(1)", "synthetic",
				"markOutput:Art 50(2)", "emotion", "informExposed:Art 50(3)", "deepfake", "discloseDeepFake:Art 50(4)");
		art50.forEach((situation, duty) -> rows.add(new Row(duty.split(":")[1] + ": " + situation,
				plainSystem().with(TRANSPARENCY, List.of(situation)), Regime.TRANSPARENCY,
				List.of("art50." + situation), List.of(duty.split(":")[1]), List.of(duty.split(":")[0]), Set.of())));
		rows.add(new Row("Art 50(1)+(2) with a high-risk system: both apply",
				annexIII("4", "4b", "none", "").with(TRANSPARENCY, List.of("chatbot", "synthetic")), Regime.HIGH_RISK,
				List.of("annexIII.4b", "art50.chatbot", "art50.synthetic"),
				List.of("Art 6(2)", "Annex III point 4(b)", "Art 50(1)", "Art 50(2)"),
				List.of("requirements", "qualityManagement", "conformity", "declaration", "postMarket",
						"seriousIncidents", "registerSectionA", "informInteraction", "markOutput"),
				Set.of(Registration.SECTION_A)));
		// Art 26, 27, 49(3), 86: deployers get deployer duties, not provider duties
		rows.add(new Row("Art 26, 86: an employer screening CVs (Annex III 4(a)) gets deployer duties",
				deployerOf("4", "4a", "other"), Regime.HIGH_RISK, List.of("deployer.annexIII", "deployer.voluntary"),
				List.of("Art 6(2)", "Art 26", "Recital 131"),
				concat(DEPLOYER_ANNEX_III, List.of("registerUseVoluntarily")),
				Set.of(Registration.SECTION_C_VOLUNTARY)));
		rows.add(new Row("Art 26(8), 49(3), 27(1): a public authority registers its use and assesses the impact",
				deployerOf("5", "5a", "publicAuthority"), Regime.HIGH_RISK,
				List.of("deployer.annexIII", "deployer.publicAuthority"),
				List.of("Art 6(2)", "Art 26", "Art 26(8)", "Art 49(3)"),
				concat(DEPLOYER_ANNEX_III, List.of("checkRegistered", "registerUse", "deployerFria")),
				Set.of(Registration.SECTION_C)));
		rows.add(new Row("Art 27(1): a private entity providing public services assesses the impact",
				deployerOf("3", "3a", "publicService"), Regime.HIGH_RISK,
				List.of("deployer.annexIII", "deployer.publicService", "deployer.voluntary"),
				List.of("Art 6(2)", "Art 26", "Art 27(1)", "Recital 96", "Recital 131"),
				concat(DEPLOYER_ANNEX_III, List.of("deployerFria", "registerUseVoluntarily")),
				Set.of(Registration.SECTION_C_VOLUNTARY)));
		rows.add(new Row("Art 27(1): a bank scoring credit (Annex III 5(b)) assesses the impact",
				deployerOf("5", "5b", "other"), Regime.HIGH_RISK,
				List.of("deployer.annexIII", "deployer.creditOrInsurance", "deployer.voluntary"),
				List.of("Art 6(2)", "Art 26", "Art 27(1)", "Annex III point 5(b), 5(c)", "Recital 131"),
				concat(DEPLOYER_ANNEX_III, List.of("deployerFria", "registerUseVoluntarily")),
				Set.of(Registration.SECTION_C_VOLUNTARY)));
		rows.add(new Row("Art 49(5), 27(1), 86(1): a deployer of critical infrastructure registers nationally",
				deployerOf("2", "", ""), Regime.HIGH_RISK, List.of("deployer.point2"), List.of("Art 6(2)", "Art 26"),
				concat(DEPLOYER, List.of("registerNationally")), Set.of(Registration.NATIONAL)));
		rows.add(new Row("Art 6(1), 26: a deployer of an Annex I product",
				plainSystem().with(ROLE, List.of("deployer")).with(ANNEX_I, List.of("yes")), Regime.HIGH_RISK,
				List.of("annexI.deployer"), List.of("Art 6(1)", "Art 26"), DEPLOYER, Set.of()));
		rows.add(new Row("Art 3(3), 3(4): provider and deployer of its own system get both sets of duties",
				annexIII("4", "4b", "none", "").with(ROLE, List.of("provider", "deployer"))
					.with(DEPLOYER_TYPE, List.of("publicAuthority")),
				Regime.HIGH_RISK, List.of("annexIII.4b", "deployer.annexIII", "deployer.publicAuthority"),
				List.of("Art 6(2)", "Annex III point 4(b)", "Art 6(2)", "Art 26", "Art 26(8)", "Art 49(3)"),
				concat(List.of("requirements", "qualityManagement", "conformity", "declaration", "postMarket",
						"seriousIncidents", "registerSectionA"), DEPLOYER_ANNEX_III,
						List.of("checkRegistered", "registerUse", "deployerFria")),
				Set.of(Registration.SECTION_A, Registration.SECTION_C)));
		rows.add(new Row("Art 95: minimal risk", plainSystem(), Regime.MINIMAL, List.of("minimal"), List.of("Art 95"),
				List.of("voluntaryCodes"), Set.of()));
		// Art 51–55
		rows.add(new Row("Art 53: GPAI model below the threshold, not open source", model("no", "below"), Regime.GPAI,
				List.of("gpai", "gpai.documentation", "gpai.below"),
				List.of("Art 3(63)", "Art 53(1)", "Art 53(1)(a)", "Art 53(1)(b)", "Art 51(2)"),
				List.of("copyrightPolicy", "trainingSummary", "technicalDocumentation", "downstreamInformation",
						"authorisedRepresentative", "watchThreshold"),
				Set.of(Registration.GPAI_PAGE)));
		rows.add(new Row("Art 53(2), 54(6): open-source GPAI model is exempt from (a) and (b)", model("yes", "below"),
				Regime.GPAI, List.of("gpai", "gpai.openSource", "gpai.below"),
				List.of("Art 3(63)", "Art 53(1)", "Art 53(2)", "Art 54(6)", "Art 51(2)"),
				List.of("copyrightPolicy", "trainingSummary", "watchThreshold"), Set.of(Registration.GPAI_PAGE)));
		List<String> systemicDuties = List.of("evaluation", "systemicRiskMitigation", "gpaiIncidents", "cybersecurity");
		rows.add(new Row("Art 51(2): more than 10^25 FLOP presumes systemic risk", model("no", "above"),
				Regime.GPAI_SYSTEMIC_RISK, List.of("gpai", "gpai.documentation", "gpai.presumption"),
				List.of("Art 3(63)", "Art 53(1)", "Art 53(1)(a)", "Art 53(1)(b)", "Art 51(1)(a)", "Art 51(2)"),
				concat(List.of("copyrightPolicy", "trainingSummary", "technicalDocumentation", "downstreamInformation",
						"authorisedRepresentative"), systemicDuties, List.of("notifyCommission", "rebuttal")),
				Set.of(Registration.GPAI_PAGE)));
		rows.add(new Row("Art 53(2): no open-source exemption with systemic risk", model("yes", "above"),
				Regime.GPAI_SYSTEMIC_RISK,
				List.of("gpai", "gpai.documentation", "gpai.openSourceSystemic", "gpai.presumption"),
				List.of("Art 3(63)", "Art 53(1)", "Art 53(1)(a)", "Art 53(1)(b)", "Art 53(2)", "Art 54(6)",
						"Art 51(1)(a)", "Art 51(2)"),
				concat(List.of("copyrightPolicy", "trainingSummary", "technicalDocumentation", "downstreamInformation",
						"authorisedRepresentative"), systemicDuties, List.of("notifyCommission", "rebuttal")),
				Set.of(Registration.GPAI_PAGE)));
		rows.add(new Row("Art 51(1)(b), 52(5): designated model, reassessment after 6 months",
				model("no", "designated"), Regime.GPAI_SYSTEMIC_RISK,
				List.of("gpai", "gpai.documentation", "gpai.designated"),
				List.of("Art 3(63)", "Art 53(1)", "Art 53(1)(a)", "Art 53(1)(b)", "Art 51(1)(b)", "Art 52(4)"),
				concat(List.of("copyrightPolicy", "trainingSummary", "technicalDocumentation", "downstreamInformation",
						"authorisedRepresentative"), systemicDuties, List.of("reassessment")),
				Set.of(Registration.GPAI_PAGE)));
		return rows.stream().map(Arguments::of);
	}

	@SafeVarargs
	static List<String> concat(List<String>... parts) {
		return Stream.of(parts).flatMap(List::stream).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	@DisplayName("Art 5, 6, 50, 51–55: each line of the classification table")
	void classifies(Row row) {
		Outcome outcome = guide.classify(row.answers()).orElseThrow();

		assertThat(outcome.regime()).isEqualTo(row.regime());
		assertThat(outcome.ruleIds()).containsExactlyElementsOf(row.rules());
		assertThat(outcome.appliedRules().stream().flatMap(rule -> rule.references().stream()))
			.containsExactlyElementsOf(row.references());
		assertThat(outcome.obligations()).extracting(Obligation::id).containsExactlyElementsOf(row.obligations());
		assertThat(outcome.registrations()).isEqualTo(row.registrations());
	}

	@Test
	@DisplayName("Every rule of the table is covered by a line of the test table")
	void everyRuleCovered() {
		Set<String> covered = new HashSet<>();
		table().forEach(arguments -> covered.addAll(((Row) arguments.get()[0]).rules()));
		assertThat(covered)
			.containsExactlyInAnyOrderElementsOf(ClassificationRules.RULES.stream().map(Rule::id).toList());
	}

	@Test
	@DisplayName("Art 113 as amended by Reg. 2026/1744: duties that start later say from when")
	void datesOfApplication() {
		LocalDate today = LocalDate.of(2026, 12, 4);
		Outcome highRisk = guide.classify(annexIII("4", "4a", "none", "")).orElseThrow();
		assertThat(highRisk.startingLater(today)).extracting(Rule::appliesFrom)
			.containsExactly(LocalDate.of(2027, 12, 2));
		assertThat(highRisk.startingLater(LocalDate.of(2027, 12, 2))).isEmpty();
		Outcome annexI = guide.classify(plainSystem().with(ANNEX_I, List.of("yes"))).orElseThrow();
		assertThat(annexI.startingLater(today)).extracting(Rule::appliesFrom).containsExactly(LocalDate.of(2028, 8, 2));
		Outcome omnibus = guide.classify(plainSystem().with(PROHIBITED, List.of("ba"))).orElseThrow();
		assertThat(omnibus.startingLater(LocalDate.of(2026, 12, 1))).extracting(Rule::appliesFrom)
			.containsExactly(LocalDate.of(2026, 12, 2));
		assertThat(omnibus.startingLater(today)).isEmpty();
		Outcome prohibited = guide.classify(plainSystem().with(PROHIBITED, List.of("a"))).orElseThrow();
		assertThat(prohibited.startingLater(LocalDate.of(2025, 6, 1))).isEmpty();
		assertThat(prohibited.prohibited()).isTrue();
		assertThat(prohibited.registrations()).isEmpty();
	}

	@Test
	@DisplayName("Every obligation names a legal reference")
	void obligationsHaveReferences() {
		ClassificationRules.RULES.forEach(rule -> {
			assertThat(rule.references()).as(rule.id()).isNotEmpty();
			rule.obligations().forEach(obligation -> assertThat(obligation.reference()).matches("(Art|Recital) .*"));
		});
	}

}
