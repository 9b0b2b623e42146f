package org.airegistry.deployment;

import org.airegistry.deployment.persistence.DeploymentRepository;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.EntryPublished;
import org.airegistry.registry.EntryVisibilityChanged;
import org.airegistry.registry.LinkableEntry;
import org.airegistry.registry.ProviderEntries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deployer registrations follow the section of the entry they point to (Art 49(4)), at
 * every publication of that entry and every other change of its visibility. Runs in the
 * transaction of the entry's change, so there is no moment in which the entry is
 * restricted and a registration of it still public.
 */
@Component
class EntrySectionListener {

	private final ProviderEntries entries;

	private final DeploymentRepository repository;

	private final ApplicationEventPublisher events;

	EntrySectionListener(ProviderEntries entries, DeploymentRepository repository, ApplicationEventPublisher events) {
		this.entries = entries;
		this.repository = repository;
		this.events = events;
	}

	@EventListener
	void on(EntryPublished event) {
		follow(event.id());
	}

	@EventListener
	void on(EntryVisibilityChanged event) {
		follow(event.id());
	}

	private void follow(AiSystemId id) {
		LinkableEntry entry = entries.findLatest(id).orElse(null);
		if (entry == null) {
			return;
		}
		for (DeploymentId changed : repository.followEntry(entry.entry().registrationNumber(), entry.section())) {
			events.publishEvent(new DeploymentSectionFollowed(changed, entry.entry().registrationNumber(),
					String.valueOf(entry.section())));
		}
	}

}
