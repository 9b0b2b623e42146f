package org.airegistry.guide;

import static org.airegistry.guide.Question.ANNEX_I;
import static org.airegistry.guide.Question.COMPUTE;
import static org.airegistry.guide.Question.DEROGATION;
import static org.airegistry.guide.Question.OPEN_SOURCE;
import static org.airegistry.guide.Question.PROFILING;
import static org.airegistry.guide.Question.PROHIBITED;
import static org.airegistry.guide.Question.SUBJECT;
import static org.airegistry.guide.Question.TRANSPARENCY;

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

	/** The whole table, in the order its lines are shown. */
	public static final List<Rule> RULES = build();

	private ClassificationRules() {
	}

	private static List<Rule> build() {
		List<Rule> rules = new ArrayList<>();
		Predicate<GuideAnswers> system = a -> a.has(SUBJECT, "system");
		Predicate<GuideAnswers> model = a -> a.has(SUBJECT, "model");

		// Art 5(1): one line per prohibited practice
		for (String point : PROHIBITED.options()) {
			if (point.equals(Question.NONE)) {
				continue;
			}
			rules.add(rule("art5." + point, system.and(a -> a.has(PROHIBITED, point)), Regime.PROHIBITED,
					"guide.rule.prohibited", List.of(point), List.of("Art 5(1)(" + point + ")"),
					List.of(new Obligation("doNotPlace", "Art 5(1), Art 99(3)")), Set.of()));
		}

		// Art 6(1): Annex I products
		rules.add(rule("annexI", system.and(a -> a.has(ANNEX_I, "yes")), Regime.HIGH_RISK, "guide.rule.annexI",
				List.of(), List.of("Art 6(1)", "Annex I"),
				with(HIGH_RISK_DUTIES, new Obligation("sectoralConformity", "Art 43(3)"),
						new Obligation("noRegistration", "Art 49(1)")),
				Set.of()));

		// Art 6(2) and 6(3): one line per Annex III point
		for (AnnexIIIPoint point : AnnexIIIPoint.values()) {
			Predicate<GuideAnswers> atPoint = system.and(a -> a.annexIIIPoint().filter(point::equals).isPresent());
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
			if (point.area() != 2) {
				duties.add(new Obligation("fria", "Art 27(1)"));
			}
			rules.add(rule("annexIII." + point.code(), atPoint.and(ClassificationRules::highRiskDespiteAnnexIII),
					Regime.HIGH_RISK, "guide.rule.annexIII", List.of(point.code()),
					List.of("Art 6(2)", "Annex III point " + label(point)), duties, where));
		}
		rules.add(rule("art63.profiling",
				system.and(a -> a.annexIIIPoint().isPresent() && a.hasAny(DEROGATION) && a.has(PROFILING, "yes")),
				Regime.HIGH_RISK, "guide.rule.profiling", List.of(), List.of("Art 6(3) third subparagraph"), List.of(),
				Set.of()));
		for (String condition : List.of("a", "b", "c", "d")) {
			rules.add(rule("art63." + condition, system
				.and(a -> a.annexIIIPoint().isPresent() && a.has(DEROGATION, condition) && a.has(PROFILING, "no")),
					Regime.NOT_HIGH_RISK, "guide.rule.derogation", List.of(condition),
					List.of("Art 6(3)(" + condition + ")"),
					List.of(new Obligation("documentAssessment", "Art 6(4)"),
							new Obligation("registerSectionB", "Art 49(2), Annex VIII Section B")),
					Set.of(Registration.SECTION_B)));
		}

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
