package org.airegistry.guide;

import java.util.List;
import java.util.Set;

/**
 * What the guide concludes: the regime, the rules that applied (each with its
 * references), the obligations in the order they first appear, and where to register.
 */
public record Outcome(Regime regime, List<Rule> appliedRules, List<Obligation> obligations,
		Set<Registration> registrations) {

	public Outcome {
		appliedRules = List.copyOf(appliedRules);
		obligations = List.copyOf(obligations);
		registrations = Set.copyOf(registrations);
	}

	/**
	 * The applied rules that do not apply yet on this day, each once per start date and
	 * reference (the visitor sees when the duties start).
	 */
	public List<Rule> startingLater(java.time.LocalDate today) {
		return appliedRules.stream().filter(rule -> rule.startsAfter(today)).toList();
	}

	/** Whether the regime forbids the system, so no registration can make it lawful. */
	public boolean prohibited() {
		return regime == Regime.PROHIBITED;
	}

	/** Ids of the rules that applied, in table order. */
	public List<String> ruleIds() {
		return appliedRules.stream().map(Rule::id).toList();
	}

	/** Every legal reference of the applied rules and obligations, without repeats. */
	public List<String> references() {
		return java.util.stream.Stream
			.concat(appliedRules.stream().flatMap(rule -> rule.references().stream()),
					obligations.stream().map(Obligation::reference))
			.distinct()
			.toList();
	}

}
