package org.airegistry.guide;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.airegistry.shared.AnnexIIIPoint;

/**
 * A visitor's answers, question by question. Immutable; every change returns a copy.
 * Encoded in the URL as one query parameter per answered question (multiple choices
 * separated by commas), so a link restores the guide exactly.
 */
public final class GuideAnswers {

	private static final GuideAnswers EMPTY = new GuideAnswers(Map.of());

	private final Map<Question, Set<String>> answers;

	private GuideAnswers(Map<Question, Set<String>> answers) {
		EnumMap<Question, Set<String>> copy = new EnumMap<>(Question.class);
		answers.forEach((question, options) -> copy.put(question, Set.copyOf(new LinkedHashSet<>(options))));
		this.answers = copy;
	}

	public static GuideAnswers none() {
		return EMPTY;
	}

	/**
	 * Shorthand for tests and links:
	 * {@code of(SUBJECT, "system", PROHIBITED, "none", …)}.
	 */
	public static GuideAnswers of(Object... questionsAndOptions) {
		GuideAnswers result = EMPTY;
		for (int i = 0; i < questionsAndOptions.length; i += 2) {
			Question question = (Question) questionsAndOptions[i];
			List<String> options = List.of(((String) questionsAndOptions[i + 1]).split(","));
			result = result.with(question, options);
		}
		return result;
	}

	/** A copy with this question answered (no check; see {@link Guide#problem}). */
	public GuideAnswers with(Question question, Collection<String> options) {
		Map<Question, Set<String>> copy = new EnumMap<>(Question.class);
		copy.putAll(answers);
		if (options.isEmpty()) {
			copy.remove(question);
		}
		else {
			copy.put(question, new LinkedHashSet<>(options));
		}
		return new GuideAnswers(copy);
	}

	/** A copy keeping only the answers to these questions. */
	public GuideAnswers onlyFor(Collection<Question> questions) {
		Map<Question, Set<String>> copy = new EnumMap<>(Question.class);
		answers.forEach((question, options) -> {
			if (questions.contains(question)) {
				copy.put(question, options);
			}
		});
		return new GuideAnswers(copy);
	}

	public boolean answered(Question question) {
		return answers.containsKey(question);
	}

	/** The chosen options of a question, empty when unanswered. */
	public Set<String> get(Question question) {
		return answers.getOrDefault(question, Set.of());
	}

	/** Whether the visitor chose this option. */
	public boolean has(Question question, String option) {
		return get(question).contains(option);
	}

	/** Whether the question was answered with at least one option other than none. */
	public boolean hasAny(Question question) {
		Set<String> chosen = get(question);
		return !chosen.isEmpty() && !chosen.contains(Question.NONE);
	}

	/** The Annex III point chosen; area 2 has only one point. */
	public Optional<AnnexIIIPoint> annexIIIPoint() {
		if (has(Question.ANNEX_III_AREA, "2")) {
			return Optional.of(AnnexIIIPoint.P2);
		}
		if (!hasAny(Question.ANNEX_III_AREA)) {
			return Optional.empty();
		}
		return get(Question.ANNEX_III_POINT).stream()
			.findFirst()
			.flatMap(AnnexIIIPoint::fromCode)
			.filter(point -> has(Question.ANNEX_III_AREA, String.valueOf(point.area())));
	}

	/**
	 * The answers as URL query parameters, in question order; options in the order the
	 * question lists them.
	 */
	public Map<String, String> toParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		answers.forEach((question, options) -> parameters.put(question.parameter(),
				String.join(",", question.options().stream().filter(options::contains).toList())));
		return parameters;
	}

	/**
	 * Reads answers from URL query parameters. Unknown parameters and options are
	 * ignored, so an old or edited link never breaks the page.
	 */
	public static GuideAnswers fromParameters(Map<String, List<String>> parameters) {
		GuideAnswers result = EMPTY;
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			Optional<Question> question = Question.byParameter(parameter.getKey());
			if (question.isEmpty()) {
				continue;
			}
			Set<String> options = new LinkedHashSet<>();
			for (String value : parameter.getValue()) {
				for (String option : value.split(",")) {
					if (question.get().options().contains(option.strip())) {
						options.add(option.strip());
					}
				}
			}
			result = result.with(question.get(), options);
		}
		return result;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GuideAnswers that && answers.equals(that.answers);
	}

	@Override
	public int hashCode() {
		return answers.hashCode();
	}

	@Override
	public String toString() {
		return toParameters().toString();
	}

}
