package org.airegistry.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * One line of the classification table: when it applies, the regime it leads to (if any),
 * the legal references it rests on, the obligations it adds and where to register. The
 * message is the translation {@code messageKey} with {@code arguments}.
 *
 * @param appliesFrom the day from which the rule applies, where that is later than the
 * Act's general dates (Art 113, as amended by Reg. 2026/1744); {@code null} when it
 * applies already
 * @param appliesFromReference the provision that sets that day
 */
public record Rule(String id, Predicate<GuideAnswers> when, @Nullable Regime regime, String messageKey,
		List<String> arguments, List<String> references, List<Obligation> obligations, Set<Registration> registrations,
		@Nullable LocalDate appliesFrom, String appliesFromReference) {

	public Rule {
		arguments = List.copyOf(arguments);
		references = List.copyOf(references);
		obligations = List.copyOf(obligations);
		registrations = Set.copyOf(registrations);
	}

	public Rule(String id, Predicate<GuideAnswers> when, @Nullable Regime regime, String messageKey,
			List<String> arguments, List<String> references, List<Obligation> obligations,
			Set<Registration> registrations) {
		this(id, when, regime, messageKey, arguments, references, obligations, registrations, null, "");
	}

	public boolean appliesTo(GuideAnswers answers) {
		return when.test(answers);
	}

	/** The same rule applying only from this day, as the provision says. */
	public Rule from(LocalDate day, String reference) {
		return new Rule(id, when, regime, messageKey, arguments, references, obligations, registrations, day,
				reference);
	}

	/** Whether the rule does not apply yet on this day. */
	public boolean startsAfter(LocalDate today) {
		return appliesFrom != null && appliesFrom.isAfter(today);
	}

}
