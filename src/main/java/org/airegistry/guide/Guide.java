package org.airegistry.guide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.airegistry.shared.AnnexIIIPoint;

/**
 * The questionnaire: which question comes next given the answers so far, which options it
 * offers, whether an answer is acceptable, and what the answers lead to (by
 * {@link ClassificationRules#RULES}). Pure; the Omnibus additions to Art 5(1) ((ba),
 * (bb)) are offered only when switched on.
 */
public final class Guide {

	private static final Set<String> OMNIBUS_PROHIBITIONS = Set.of("ba", "bb");

	private final boolean omnibusProhibitions;

	private final List<Rule> rules;

	public Guide(boolean omnibusProhibitions) {
		this(omnibusProhibitions, ClassificationRules.RULES);
	}

	Guide(boolean omnibusProhibitions, List<Rule> rules) {
		this.omnibusProhibitions = omnibusProhibitions;
		this.rules = rules;
	}

	/**
	 * The questions on the visitor's path, in order, up to and including the first one
	 * not answered yet. A prohibited practice ends the path.
	 */
	public List<Question> path(GuideAnswers answers) {
		List<Question> path = new ArrayList<>();
		if (!step(path, answers, Question.SUBJECT)) {
			return path;
		}
		if (answers.has(Question.SUBJECT, "model")) {
			if (step(path, answers, Question.OPEN_SOURCE)) {
				step(path, answers, Question.COMPUTE);
			}
			return path;
		}
		if (!step(path, answers, Question.ROLE)) {
			return path;
		}
		if (!step(path, answers, Question.PROHIBITED) || answers.hasAny(Question.PROHIBITED)) {
			return path;
		}
		if (!step(path, answers, Question.ANNEX_I) || !step(path, answers, Question.ANNEX_III_AREA)) {
			return path;
		}
		if (answers.hasAny(Question.ANNEX_III_AREA) && !answers.has(Question.ANNEX_III_AREA, "2")
				&& !step(path, answers, Question.ANNEX_III_POINT)) {
			return path;
		}
		// Art 6(3): only the provider assesses whether the derogation applies
		if (answers.annexIIIPoint().isPresent() && answers.has(Question.ROLE, "provider")) {
			if (!step(path, answers, Question.DEROGATION)) {
				return path;
			}
			if (answers.hasAny(Question.DEROGATION) && !step(path, answers, Question.PROFILING)) {
				return path;
			}
		}
		// Art 26(8), 27(1), 49(3): what kind of deployer decides registration and the
		// impact assessment; neither applies to Annex III point 2 (Art 27(1), 49(5))
		boolean deployerOfAnnexIII = answers.annexIIIPoint().filter(point -> point.area() != 2).isPresent()
				&& answers.has(Question.ROLE, "deployer");
		if (deployerOfAnnexIII && !step(path, answers, Question.DEPLOYER_TYPE)) {
			return path;
		}
		step(path, answers, Question.TRANSPARENCY);
		return path;
	}

	/** Adds the question to the path; whether it has an acceptable answer. */
	private boolean step(List<Question> path, GuideAnswers answers, Question question) {
		path.add(question);
		return answers.answered(question) && problem(question, answers.get(question), answers).isEmpty();
	}

	/** The first question on the path without an acceptable answer, if any. */
	public Optional<Question> nextQuestion(GuideAnswers answers) {
		List<Question> path = path(answers);
		Question last = path.getLast();
		boolean open = !answers.answered(last) || problem(last, answers.get(last), answers).isPresent();
		return open ? Optional.of(last) : Optional.empty();
	}

	/** Whether every question on the path is answered. */
	public boolean complete(GuideAnswers answers) {
		return nextQuestion(answers).isEmpty();
	}

	/** The options this question offers, given the earlier answers. */
	public List<String> options(Question question, GuideAnswers answers) {
		return switch (question) {
			case PROHIBITED -> question.options()
				.stream()
				.filter(option -> omnibusProhibitions || !OMNIBUS_PROHIBITIONS.contains(option))
				.toList();
			case ANNEX_III_POINT -> question.options()
				.stream()
				.filter(option -> AnnexIIIPoint.fromCode(option)
					.filter(point -> answers.has(Question.ANNEX_III_AREA, String.valueOf(point.area())))
					.isPresent())
				.toList();
			default -> question.options();
		};
	}

	/**
	 * What is wrong with this answer, as a translation key; empty when it is acceptable.
	 */
	public Optional<String> problem(Question question, Collection<String> chosen, GuideAnswers earlier) {
		if (chosen.isEmpty()) {
			return Optional.of("guide.error.required");
		}
		if (!options(question, earlier).containsAll(chosen)) {
			return Optional.of("guide.error.unknownOption");
		}
		if (!question.multiple() && chosen.size() > 1) {
			return Optional.of("guide.error.single");
		}
		if (chosen.contains(Question.NONE) && chosen.size() > 1) {
			return Optional.of("guide.error.noneAlone");
		}
		return Optional.empty();
	}

	/**
	 * The answers with everything off the path removed (e.g. after changing an earlier
	 * answer).
	 */
	public GuideAnswers relevant(GuideAnswers answers) {
		GuideAnswers current = answers;
		while (true) {
			GuideAnswers pruned = current.onlyFor(path(current));
			if (pruned.equals(current)) {
				return pruned;
			}
			current = pruned;
		}
	}

	/**
	 * Classifies complete answers: every rule of the table that applies, the strictest
	 * regime among them, their obligations and registrations.
	 * @return empty while a question on the path is still open
	 */
	public Optional<Outcome> classify(GuideAnswers answers) {
		GuideAnswers relevant = relevant(answers);
		if (!complete(relevant)) {
			return Optional.empty();
		}
		List<Rule> applied = rules.stream().filter(rule -> rule.appliesTo(relevant)).toList();
		Regime regime = applied.stream()
			.map(Rule::regime)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElseThrow(() -> new IllegalStateException("No rule applies to " + relevant));
		Set<Obligation> obligations = new LinkedHashSet<>();
		Set<Registration> registrations = new LinkedHashSet<>();
		for (Rule rule : applied) {
			obligations.addAll(rule.obligations());
			registrations.addAll(rule.registrations());
		}
		return Optional.of(new Outcome(regime, applied, List.copyOf(obligations), registrations));
	}

}
