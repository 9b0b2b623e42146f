package org.airegistry.deployment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airegistry.deployment.persistence.DeploymentRepository;
import org.airegistry.shared.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public read access: published, public-section registrations only. */
@Service
@Transactional(readOnly = true)
class DeploymentQueriesService implements DeploymentQueries {

	private final DeploymentRepository repository;

	DeploymentQueriesService(DeploymentRepository repository) {
		this.repository = repository;
	}

	@Override
	public List<DeployerOfSystem> deployersOf(String providerRegistrationNumber) {
		return repository.deployersOf(providerRegistrationNumber);
	}

	@Override
	public Map<String, List<DeployerOfSystem>> deployersOf(Collection<String> providerRegistrationNumbers) {
		return repository.deployersOf(providerRegistrationNumbers);
	}

	@Override
	public Optional<PublicDeployment> findLatest(DeploymentId id) {
		return repository.findLatest(id);
	}

	@Override
	public Optional<PublicDeployment> findVersion(DeploymentId id, int version) {
		return repository.findVersion(id, version);
	}

	@Override
	public List<DeploymentVersionSummary> history(DeploymentId id) {
		return repository.history(id);
	}

	@Override
	public Optional<PublicDeployer> deployer(OrganisationId id) {
		return repository.deployer(id);
	}

}
