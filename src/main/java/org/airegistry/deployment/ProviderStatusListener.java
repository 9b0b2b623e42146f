package org.airegistry.deployment;

import java.time.Clock;

import org.airegistry.deployment.persistence.DeploymentRepository;
import org.airegistry.deployment.persistence.DeploymentRepository.AffectedDeployer;
import org.airegistry.registry.EntryPublished;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.LinkableEntry;
import org.airegistry.registry.ProviderEntries;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a provider publishes a new version of an entry, every deployer registration that
 * links to it takes over the provider's status (A.7). When the provider withdrew or
 * recalled the system, the deployers are told by e-mail; a refused mail rolls the change
 * back and the event is retried.
 */
@Component
class ProviderStatusListener {

	private final ProviderEntries entries;

	private final DeploymentRepository repository;

	private final DeploymentMailer mailer;

	private final Clock clock;

	ProviderStatusListener(ProviderEntries entries, DeploymentRepository repository, DeploymentMailer mailer,
			Clock clock) {
		this.entries = entries;
		this.repository = repository;
		this.mailer = mailer;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(EntryPublished event) {
		LinkableEntry entry = entries.findLatest(event.id()).orElse(null);
		if (entry == null) {
			return;
		}
		EntryStatus status = entry.status();
		String registrationNumber = entry.entry().registrationNumber();
		for (AffectedDeployer deployer : repository.updateProviderStatus(registrationNumber, status, clock.instant())) {
			boolean stopped = status != EntryStatus.ON_MARKET && status != EntryStatus.IN_SERVICE;
			if (stopped) {
				mailer.send(deployer.deployer(), "providerStatus",
						language -> new Object[] { deployer.deployerName(), entry.entry().data().tradeName(),
								registrationNumber, mailer.text("deployment.providerStatus." + status.name(), language),
								entry.entry().providerName(), mailer.link(DeploymentUiRoutes.MY_DEPLOYMENTS) });
			}
		}
	}

}
