package org.airegistry.guide;

import static org.airegistry.guide.Question.ANNEX_I;
import static org.airegistry.guide.Question.COMPUTE;
import static org.airegistry.guide.Question.DEPLOYER_TYPE;
import static org.airegistry.guide.Question.DEROGATION;
import static org.airegistry.guide.Question.OPEN_SOURCE;
import static org.airegistry.guide.Question.PROFILING;
import static org.airegistry.guide.Question.PROHIBITED;
import static org.airegistry.guide.Question.ROLE;
import static org.airegistry.guide.Question.SUBJECT;
import static org.airegistry.guide.Question.TRANSPARENCY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.airegistry.shared.AnnexIIIPoint;
import org.jspecify.annotations.Nullable;

/**
 * The classification table of the guide. Each rule is data: a condition on the answers, a
 * regime, references and obligations. {@link Guide#classify} applies every rule whose
 * condition holds; the strictest regime wins. Answers off the visitor's path are removed
 * before, so e.g. a prohibited practice ends the classification.
 */
public final class ClassificationRules {

	static final List<Obligation> HIGH_RISK_DUTIES = List.of(new Obligation("requirements", "Art 8–15"),
			new Obligation("qualityManagement", "Art 16, Art 17"), new Obligation("conformity", "Art 43"),
			new Obligation("declaration", "Art 47, Art 48"), new Obligation("postMarket", "Art 72"),
			new Obligation("seriousIncidents", "Art 73"));

	static final List<Obligation> GPAI_SYSTEMIC_DUTIES = List.of(new Obligation("evaluation", "Art 55(1)(a)"),
			new Obligation("systemicRiskMitigation", "Art 55(1)(b)"), new Obligation("gpaiIncidents", "Art 55(1)(c)"),
			new Obligation("cybersecurity", "Art 55(1)(d)"));

	/**
	 * Deployer duties of Art 26 for every high-risk system; Art 26(7) concerns employers
	 * only, Art 26(9) where a data protection impact assessment applies.
	 */
	static final List<Obligation> DEPLOYER_DUTIES = List.of(new Obligation("useAsInstructed", "Art 26(1)"),
			new Obligation("deployerOversight", "Art 26(2)"), new Obligation("inputData", "Art 26(4)"),
			new Obligation("monitorAndReport", "Art 26(5), Art 73"), new Obligation("keepLogs", "Art 26(6)"),
			new Obligation("informWorkers", "Art 26(7)"), new Obligation("deployerDpia", "Art 26(9)"));

	/**
	 * Chapter III Sections 1 to 3 (classification, requirements, provider and deployer
	 * duties) apply to Annex III systems from this day (Art 113, as amended by Reg.
	 * 2026/1744).
	 */
	static final LocalDate ANNEX_III_DUTIES_FROM = LocalDate.of(2027, 12, 2);

	/** ... and to Annex I systems (Art 6(1)) from this day. */
	static final LocalDate ANNEX_I_DUTIES_FROM = LocalDate.of(2028, 8, 2);

	/** Art 5(1)(ba) and (bb), added by Reg. 2026/1744, apply from this day. */
	static final LocalDate OMNIBUS_PROHIBITIONS_FROM = LocalDate.of(2026, 12, 2);

	static final String DATES_REFERENCE = "Art 113, Reg. (EU) 2026/1744";

	/** The whole table, in the order its lines are shown. */
	public static final List<Rule> RULES = build();

	private ClassificationRules() {
	}

	private static List<Rule> build() {
		List<Rule> rules = new ArrayList<>();
		Predicate<GuideAnswers> system = a -> a.has(SUBJECT, "system");
		Predicate<GuideAnswers> model = a -> a.has(SUBJECT, "model");
		Predicate<GuideAnswers> provider = system.and(a -> a.has(ROLE, "provider"));
		Predicate<GuideAnswers> deployer = system.and(a -> a.has(ROLE, "deployer"));

		// Art 5(1): one line per prohibited practice; it binds providers and deployers
		// alike (placing on the market, putting into service or use)
		for (String point : PROHIBITED.options()) {
			if (point.equals(Question.NONE)) {
				continue;
			}
			Rule prohibited = rule("art5." + point, system.and(a -> a.has(PROHIBITED, point)), Regime.PROHIBITED,
					"guide.rule.prohibited", List.of(point), List.of("Art 5(1)(" + point + ")"),
					List.of(new Obligation("doNotPlace", "Art 5(1), Art 99(3)")), Set.of());
			rules.add(point.equals("ba") || point.equals("bb")
					? prohibited.from(OMNIBUS_PROHIBITIONS_FROM, DATES_REFERENCE) : prohibited);
		}

		// Art 6(1): Annex I products
		rules.add(rule("annexI", provider.and(a -> a.has(ANNEX_I, "yes")), Regime.HIGH_RISK, "guide.rule.annexI",
				List.of(), List.of("Art 6(1)", "Annex I"),
				with(HIGH_RISK_DUTIES, new Obligation("sectoralConformity", "Art 43(3)"),
						new Obligation("noRegistration", "Art 49(1)")),
				Set.of())
			.from(ANNEX_I_DUTIES_FROM, DATES_REFERENCE));
		rules.add(rule("annexI.deployer", deployer.and(a -> a.has(ANNEX_I, "yes")), Regime.HIGH_RISK,
				"guide.rule.deployer", List.of(), List.of("Art 6(1)", "Art 26"), DEPLOYER_DUTIES, Set.of())
			.from(ANNEX_I_DUTIES_FROM, DATES_REFERENCE));

		// Art 6(2) and 6(3): one line per Annex III point, for its provider
		for (AnnexIIIPoint point : AnnexIIIPoint.values()) {
			Predicate<GuideAnswers> atPoint = provider.and(a -> a.annexIIIPoint().filter(point::equals).isPresent());
			List<Obligation> duties = new ArrayList<>(HIGH_RISK_DUTIES);
			Set<Registration> where;
			if (point.area() == 2) {
				duties.add(new Obligation("registerNationally", "Art 49(5)"));
				where = Set.of(Registration.NATIONAL);
			}
			else {
				duties.add(new Obligation("registerSectionA", "Art 49(1), Annex VIII Section A"));
				where = Set.of(Registration.SECTION_A);
			}
			if (point.area() == 1 || point.area() == 6 || point.area() == 7) {
				duties.add(new Obligation("restrictedSection", "Art 49(4)"));
			}
			rules.add(rule("annexIII." + point.code(), atPoint.and(ClassificationRules::highRiskDespiteAnnexIII),
					Regime.HIGH_RISK, "guide.rule.annexIII", List.of(point.code()),
					List.of("Art 6(2)", "Annex III point " + label(point)), duties, where)
				.from(ANNEX_III_DUTIES_FROM, DATES_REFERENCE));
		}
		rules.add(rule("art63.profiling",
				provider.and(a -> a.annexIIIPoint().isPresent() && a.hasAny(DEROGATION) && a.has(PROFILING, "yes")),
				Regime.HIGH_RISK, "guide.rule.profiling", List.of(), List.of("Art 6(3) third subparagraph"), List.of(),
				Set.of()));
		for (String condition : List.of("a", "b", "c", "d")) {
			rules.add(rule("art63." + condition, provider
				.and(a -> a.annexIIIPoint().isPresent() && a.has(DEROGATION, condition) && a.has(PROFILING, "no")),
					Regime.NOT_HIGH_RISK, "guide.rule.derogation", List.of(condition),
					List.of("Art 6(3)(" + condition + ")"),
					List.of(new Obligation("documentAssessment", "Art 6(4)"),
							new Obligation("registerSectionB", "Art 49(2), Annex VIII Section B")),
					Set.of(Registration.SECTION_B)));
		}

		// Art 26, 27, 49(3), 86: the deployer of an Annex III system
		Predicate<GuideAnswers> annexIIIDeployer = deployer.and(a -> a.annexIIIPoint().isPresent());
		Predicate<GuideAnswers> pointTwo = a -> a.annexIIIPoint().filter(p -> p.area() == 2).isPresent();
		rules.add(rule("deployer.annexIII", annexIIIDeployer.and(pointTwo.negate()), Regime.HIGH_RISK,
				"guide.rule.deployer", List.of(), List.of("Art 6(2)", "Art 26"),
				with(DEPLOYER_DUTIES, new Obligation("informAffected", "Art 26(11)"),
						new Obligation("explainDecisions", "Art 86(1)"),
						new Obligation("checkClassification", "Art 6(3), Art 80")),
				Set.of())
			.from(ANNEX_III_DUTIES_FROM, DATES_REFERENCE));
		rules.add(rule("deployer.point2", annexIIIDeployer.and(pointTwo), Regime.HIGH_RISK, "guide.rule.deployer",
				List.of(), List.of("Art 6(2)", "Art 26"),
				with(DEPLOYER_DUTIES, new Obligation("registerNationally", "Art 49(5)")), Set.of(Registration.NATIONAL))
			.from(ANNEX_III_DUTIES_FROM, DATES_REFERENCE));
		rules.add(rule("deployer.publicAuthority", annexIIIDeployer.and(a -> a.has(DEPLOYER_TYPE, "publicAuthority")),
				null, "guide.rule.deployerPublicAuthority", List.of(), List.of("Art 26(8)", "Art 49(3)"),
				List.of(new Obligation("checkRegistered", "Art 26(8)"),
						new Obligation("registerUse", "Art 49(3), Annex VIII Section C"),
						new Obligation("deployerFria", "Art 27(1), Art 27(3)")),
				Set.of(Registration.SECTION_C)));
		rules.add(rule("deployer.publicService", annexIIIDeployer.and(a -> a.has(DEPLOYER_TYPE, "publicService")), null,
				"guide.rule.deployerPublicService", List.of(), List.of("Art 27(1)", "Recital 96"),
				List.of(new Obligation("deployerFria", "Art 27(1), Art 27(3)")), Set.of()));
		rules.add(rule("deployer.creditOrInsurance", annexIIIDeployer.and(a -> a.has(DEPLOYER_TYPE, "other"))
			.and(a -> a.annexIIIPoint().filter(p -> p == AnnexIIIPoint.P5B || p == AnnexIIIPoint.P5C).isPresent()),
				null, "guide.rule.deployerCredit", List.of(), List.of("Art 27(1)", "Annex III point 5(b), 5(c)"),
				List.of(new Obligation("deployerFria", "Art 27(1), Art 27(3)")), Set.of()));
		rules.add(rule("deployer.voluntary",
				annexIIIDeployer.and(a -> a.has(DEPLOYER_TYPE, "publicService") || a.has(DEPLOYER_TYPE, "other")), null,
				"guide.rule.deployerVoluntary", List.of(), List.of("Recital 131"),
				List.of(new Obligation("registerUseVoluntarily", "Recital 131")),
				Set.of(Registration.SECTION_C_VOLUNTARY)));

		// Art 50: transparency
		rules.add(transparency("chatbot", "Art 50(1)", "informInteraction"));
		rules.add(transparency("synthetic", "Art 50(2)", "markOutput"));
		rules.add(transparency("emotion", "Art 50(3)", "informExposed"));
		rules.add(transparency("deepfake", "Art 50(4)", "discloseDeepFake"));
		rules.add(rule("minimal",
				system.and(a -> a.has(PROHIBITED, Question.NONE) && a.has(ANNEX_I, "no")
						&& a.has(Question.ANNEX_III_AREA, Question.NONE) && a.has(TRANSPARENCY, Question.NONE)),
				Regime.MINIMAL, "guide.rule.minimal", List.of(), List.of("Art 95"),
				List.of(new Obligation("voluntaryCodes", "Art 95")), Set.of()));

		// Art 51–55: general-purpose AI models
		Predicate<GuideAnswers> systemic = a -> a.has(COMPUTE, "above") || a.has(COMPUTE, "designated");
		rules.add(rule("gpai", model, Regime.GPAI, "guide.rule.gpai", List.of(), List.of("Art 3(63)", "Art 53(1)"), List
			.of(new Obligation("copyrightPolicy", "Art 53(1)(c)"), new Obligation("trainingSummary", "Art 53(1)(d)")),
				Set.of(Registration.GPAI_PAGE)));
		rules.add(rule("gpai.documentation", model.and(a -> a.has(OPEN_SOURCE, "no") || systemic.test(a)), Regime.GPAI,
				"guide.rule.gpaiDocumentation", List.of(), List.of("Art 53(1)(a)", "Art 53(1)(b)"),
				List.of(new Obligation("technicalDocumentation", "Art 53(1)(a), Annex XI"),
						new Obligation("downstreamInformation", "Art 53(1)(b), Annex XII"),
						new Obligation("authorisedRepresentative", "Art 54")),
				Set.of()));
		rules.add(rule("gpai.openSource", model.and(a -> a.has(OPEN_SOURCE, "yes") && !systemic.test(a)), Regime.GPAI,
				"guide.rule.gpaiOpenSource", List.of(), List.of("Art 53(2)", "Art 54(6)"), List.of(), Set.of()));
		rules.add(rule("gpai.openSourceSystemic", model.and(a -> a.has(OPEN_SOURCE, "yes") && systemic.test(a)),
				Regime.GPAI_SYSTEMIC_RISK, "guide.rule.gpaiOpenSourceSystemic", List.of(),
				List.of("Art 53(2)", "Art 54(6)"), List.of(), Set.of()));
		rules.add(rule("gpai.below", model.and(a -> a.has(COMPUTE, "below")), Regime.GPAI, "guide.rule.gpaiBelow",
				List.of(), List.of("Art 51(2)"), List.of(new Obligation("watchThreshold", "Art 52(1)")), Set.of()));
		rules.add(rule("gpai.presumption", model.and(a -> a.has(COMPUTE, "above")), Regime.GPAI_SYSTEMIC_RISK,
				"guide.rule.gpaiPresumption", List.of(), List.of("Art 51(1)(a)", "Art 51(2)"),
				with(GPAI_SYSTEMIC_DUTIES, new Obligation("notifyCommission", "Art 52(1)"),
						new Obligation("rebuttal", "Art 52(2)")),
				Set.of()));
		rules.add(rule("gpai.designated", model.and(a -> a.has(COMPUTE, "designated")), Regime.GPAI_SYSTEMIC_RISK,
				"guide.rule.gpaiDesignated", List.of(), List.of("Art 51(1)(b)", "Art 52(4)"),
				with(GPAI_SYSTEMIC_DUTIES, new Obligation("reassessment", "Art 52(5)")), Set.of()));
		return List.copyOf(rules);
	}

	/**
	 * Annex III systems are high-risk unless an Art 6(3) condition applies without
	 * profiling.
	 */
	private static boolean highRiskDespiteAnnexIII(GuideAnswers answers) {
		return answers.has(DEROGATION, Question.NONE) || answers.has(PROFILING, "yes");
	}

	private static Rule transparency(String situation, String reference, String obligation) {
		return rule("art50." + situation, a -> a.has(SUBJECT, "system") && a.has(TRANSPARENCY, situation),
				Regime.TRANSPARENCY, "guide.rule.art50." + situation, List.of(), List.of(reference),
				List.of(new Obligation(obligation, reference + ", Art 50(5)")), Set.of());
	}

	/** The point as the law writes it, e.g. {@code 4(a)}; point 2 stays {@code 2}. */
	static String label(AnnexIIIPoint point) {
		String code = point.code();
		return code.length() == 1 ? code : code.charAt(0) + "(" + code.substring(1) + ")";
	}

	private static List<Obligation> with(List<Obligation> base, Obligation... more) {
		List<Obligation> all = new ArrayList<>(base);
		all.addAll(List.of(more));
		return all;
	}

	private static Rule rule(String id, Predicate<GuideAnswers> when, @Nullable Regime regime, String messageKey,
			List<String> arguments, List<String> references, List<Obligation> obligations,
			Set<Registration> registrations) {
		return new Rule(id, when, regime, messageKey, arguments, references, obligations, registrations);
	}

}
