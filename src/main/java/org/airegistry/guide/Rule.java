package org.airegistry.guide;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * One line of the classification table: when it applies, the regime it leads to (if any),
 * the legal references it rests on, the obligations it adds and where to register. The
 * message is the translation {@code messageKey} with {@code arguments}.
 */
public record Rule(String id, Predicate<GuideAnswers> when, @Nullable Regime regime, String messageKey,
		List<String> arguments, List<String> references, List<Obligation> obligations,
		Set<Registration> registrations) {

	public Rule {
		arguments = List.copyOf(arguments);
		references = List.copyOf(references);
		obligations = List.copyOf(obligations);
		registrations = Set.copyOf(registrations);
	}

	public boolean appliesTo(GuideAnswers answers) {
		return when.test(answers);
	}

}
