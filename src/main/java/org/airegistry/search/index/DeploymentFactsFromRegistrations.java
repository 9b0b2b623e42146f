package org.airegistry.search.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.airegistry.deployment.DeployerOfSystem;
import org.airegistry.deployment.DeploymentQueries;
import org.springframework.stereotype.Component;

/**
 * The deployment facts of an entry from the public deployer registrations (Annex VIII
 * Section C): who registered the system's use and whether any published a FRIA summary
 * (Art 27, C.4). Registrations of non-public systems are never listed here.
 */
@Component
class DeploymentFactsFromRegistrations implements DeploymentFacts.Source {

	private final DeploymentQueries deployments;

	DeploymentFactsFromRegistrations(DeploymentQueries deployments) {
		this.deployments = deployments;
	}

	@Override
	public DeploymentFacts of(String registrationNumber) {
		return facts(deployments.deployersOf(registrationNumber));
	}

	@Override
	public Map<String, DeploymentFacts> ofAll(Collection<String> registrationNumbers) {
		Map<String, List<DeployerOfSystem>> bySystem = deployments.deployersOf(registrationNumbers);
		Map<String, DeploymentFacts> facts = new HashMap<>();
		bySystem.forEach((number, deployers) -> facts.put(number, facts(deployers)));
		return facts;
	}

	private static DeploymentFacts facts(List<DeployerOfSystem> deployers) {
		return new DeploymentFacts(deployers.stream().map(DeployerOfSystem::deployerName).distinct().sorted().toList(),
				deployers.stream().anyMatch(DeployerOfSystem::hasFriaSummary));
	}

}
