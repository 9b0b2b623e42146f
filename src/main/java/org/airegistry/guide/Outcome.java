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
