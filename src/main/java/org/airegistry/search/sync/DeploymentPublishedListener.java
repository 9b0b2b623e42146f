package org.airegistry.search.sync;

import java.io.IOException;

import org.airegistry.deployment.DeploymentPublished;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Re-indexes a provider's entry when a deployer registered (or updated) its use, so the
 * "deployer" and "has FRIA" facets stay current. Retried from the outbox like
 * publications when Elasticsearch is down.
 */
@Component
class DeploymentPublishedListener {

	static final String LISTENER_ID = "search.deployment-published-indexer";

	private final RegistryEntryIndexer indexer;

	private final RegistryQueries registry;

	DeploymentPublishedListener(RegistryEntryIndexer indexer, RegistryQueries registry) {
		this.indexer = indexer;
		this.registry = registry;
	}

	@ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
	void on(DeploymentPublished event) throws IOException {
		var entry = registry.findLatest(event.providerRegistrationNumber());
		if (entry.isPresent()) {
			// the entry's version is unchanged: rewrite its document at the same version
			indexer.refresh(entry.get().id());
		}
	}

}
