package org.airegistry.deployment;

import org.airegistry.publication.Freshness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.airegistry.deployment.persistence.DeploymentRepository;
import org.airegistry.publication.VersionSummary;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.shared.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public read access: what the publication kernel's visibility rule lets through. A
 * registration follows the section of the entry it points to, so it is public only while
 * the entry is in the public section; the system is named through the registry's public
 * reads, never from the entry itself.
 */
@Service
@Transactional(readOnly = true)
class DeploymentQueriesService implements DeploymentQueries {

	private final DeploymentRepository repository;

	private final RegistryQueries registry;

	private final Freshness freshness;

	DeploymentQueriesService(DeploymentRepository repository, RegistryQueries registry, Freshness freshness) {
		this.freshness = freshness;
		this.repository = repository;
		this.registry = registry;
	}

	@Override
	public List<DeployerOfSystem> deployersOf(String providerRegistrationNumber) {
		return deployersOf(Set.of(providerRegistrationNumber)).getOrDefault(providerRegistrationNumber, List.of());
	}

	@Override
	public Map<String, List<DeployerOfSystem>> deployersOf(Collection<String> providerRegistrationNumbers) {
		return repository.latestOfSystems(providerRegistrationNumbers)
			.stream()
			.collect(Collectors.groupingBy(PublicDeployment::providerRegistrationNumber,
					Collectors.mapping(deployment -> new DeployerOfSystem(deployment.id(), deployment.deployerId(),
							deployment.deployerName(), deployment.data().friaSummary(), deployment.publishedAt()),
							Collectors.toList())));
	}

	@Override
	@Transactional(readOnly = true)
	public Freshness.Standing standing(PublicDeployment latest) {
		return freshness.standing(repository.store().kind(), latest.id(), latest.publishedAt());
	}

	@Override
	public Optional<PublicDeployment> findLatest(DeploymentId id) {
		return repository.findLatest(id).map(this::named);
	}

	@Override
	public Optional<PublicDeployment> findVersion(DeploymentId id, int version) {
		return repository.findVersion(id, version).map(this::named);
	}

	@Override
	public List<VersionSummary> history(DeploymentId id) {
		return repository.history(id);
	}

	@Override
	public void forEachLatest(int batchSize, Consumer<List<PublicDeployment>> batchConsumer) {
		repository.forEachLatest(batchSize, batch -> batchConsumer.accept(named(batch)));
	}

	@Override
	public Optional<PublicDeployer> deployer(OrganisationId id) {
		List<PublicDeployment> uses = named(repository.latestOfDeployer(id));
		if (uses.isEmpty()) {
			return Optional.empty();
		}
		List<PublicDeployment> sorted = new ArrayList<>(uses);
		sorted.sort(Comparator.comparing(PublicDeployment::systemName).thenComparing(d -> d.id().value()));
		return repository.deployer(id, List.copyOf(sorted));
	}

	private PublicDeployment named(PublicDeployment deployment) {
		return named(List.of(deployment)).getFirst();
	}

	/** Names the systems of public entries; others keep their registration numbers. */
	private List<PublicDeployment> named(List<PublicDeployment> deployments) {
		Map<String, PublicEntry> entries = registry
			.latestPublic(deployments.stream().map(PublicDeployment::providerRegistrationNumber).toList());
		return deployments.stream().map(deployment -> {
			PublicEntry entry = entries.get(deployment.providerRegistrationNumber());
			return entry == null ? deployment : deployment.named(entry.data().tradeName(), entry.providerName());
		}).toList();
	}

}
