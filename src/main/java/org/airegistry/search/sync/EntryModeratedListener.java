package org.airegistry.search.sync;

import java.io.IOException;

import org.airegistry.moderation.EntryModerated;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Removes a suspended entry from the index, or brings it back when the suspension is
 * lifted. Retried like {@link EntryPublishedListener} when Elasticsearch is down.
 */
@Component
class EntryModeratedListener {

	/** Stable listener id in the event publication registry (survives renames). */
	static final String LISTENER_ID = "search.entry-moderated-indexer";

	private final RegistryEntryIndexer indexer;

	EntryModeratedListener(RegistryEntryIndexer indexer) {
		this.indexer = indexer;
	}

	@ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
	void on(EntryModerated event) throws IOException {
		if (event.suspended()) {
			indexer.index(event.id());
		}
		else {
			indexer.reinstate(event.id());
		}
	}

}
