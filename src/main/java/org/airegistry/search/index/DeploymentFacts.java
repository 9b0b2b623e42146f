package org.airegistry.search.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What deployers registered about an entry's system (Annex VIII Section C, Art 27): the
 * deployers' names and whether a fundamental rights impact assessment exists. Indexed as
 * {@code deployer_names} and {@code has_fria}.
 *
 * @param deployerNames names of the deployers that registered the system's use
 * @param hasFria whether at least one FRIA was registered
 */
public record DeploymentFacts(List<String> deployerNames, boolean hasFria) {

	/** Nothing known about deployments. */
	public static final DeploymentFacts NONE = new DeploymentFacts(List.of(), false);

	public DeploymentFacts {
		deployerNames = List.copyOf(deployerNames);
	}

	/**
	 * The one place the index asks for deployment facts. The default answers
	 * {@link #NONE}; {@code DeploymentFactsFromRegistrations} answers from the deployer
	 * registrations (Annex VIII Section C).
	 */
	@FunctionalInterface
	public interface Source {

		/** The facts of the entry with this registration number. */
		DeploymentFacts of(String registrationNumber);

		/**
		 * The facts of several entries, by registration number; implementations answer in
		 * one query (a reindex asks once per bulk page, never once per entry).
		 */
		default Map<String, DeploymentFacts> ofAll(Collection<String> registrationNumbers) {
			Map<String, DeploymentFacts> facts = new HashMap<>();
			registrationNumbers.forEach(number -> facts.put(number, of(number)));
			return facts;
		}

		Source NONE = registrationNumber -> DeploymentFacts.NONE;

	}

}
