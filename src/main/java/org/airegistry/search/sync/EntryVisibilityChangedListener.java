package org.airegistry.search.sync;

import java.io.IOException;

import org.airegistry.registry.EntryVisibilityChanged;
import org.airegistry.search.index.RegistryEntryIndexer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Brings an entry's document in line with what the public may see after its visibility
 * changed without a new version (e.g. a stricter reading of Art 49(4) took it out of
 * public view). Retried like {@link EntryPublishedListener} when Elasticsearch is down.
 */
@Component
class EntryVisibilityChangedListener {

	/** Stable listener id in the event publication registry (survives renames). */
	static final String LISTENER_ID = "search.entry-visibility-indexer";

	private final RegistryEntryIndexer indexer;

	EntryVisibilityChangedListener(RegistryEntryIndexer indexer) {
		this.indexer = indexer;
	}

	@ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
	void on(EntryVisibilityChanged event) throws IOException {
		indexer.index(event.id());
	}

}
