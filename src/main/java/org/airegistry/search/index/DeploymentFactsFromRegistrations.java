package org.airegistry.search.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.airegistry.deployment.DeployerOfSystem;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.registry.PublicEntry;
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
	public DeploymentFacts of(PublicEntry entry) {
		return facts(deployments.deployersOf(entry.registrationNumber()));
	}

	@Override
	public Map<String, DeploymentFacts> ofAll(List<PublicEntry> entries) {
		Map<String, List<DeployerOfSystem>> bySystem = deployments
			.deployersOf(entries.stream().map(PublicEntry::registrationNumber).toList());
		Map<String, DeploymentFacts> facts = new HashMap<>();
		bySystem.forEach((number, deployers) -> facts.put(number, facts(deployers)));
		return facts;
	}

	private static DeploymentFacts facts(List<DeployerOfSystem> deployers) {
		return new DeploymentFacts(deployers.stream().map(DeployerOfSystem::deployerName).distinct().sorted().toList(),
				deployers.stream().anyMatch(DeployerOfSystem::hasFriaSummary));
	}

}
