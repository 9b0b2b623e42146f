package org.airegistry.search.sync;

import java.io.IOException;

import org.airegistry.registry.EntryPublished;
import org.airegistry.search.index.RegistryEntryIndexer;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Brings the index up to date after an entry version was published. Runs after the
 * publishing transaction committed; when Elasticsearch is down it fails, the event
 * publication stays incomplete and {@link IncompletePublicationsResubmitter} retries it.
 */
@Component
class EntryPublishedListener {

	/** Stable listener id in the event publication registry (survives renames). */
	static final String LISTENER_ID = "search.entry-published-indexer";

	private final RegistryEntryIndexer indexer;

	EntryPublishedListener(RegistryEntryIndexer indexer) {
		this.indexer = indexer;
	}

	// no transaction: waiting for Elasticsearch must not hold a database connection
	@ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
	void on(EntryPublished event) {
		try {
			indexer.index(event.id());
		}
		catch (IOException | IllegalStateException ex) {
			throw new IndexingDeferred(event, ex);
		}
	}

	/**
	 * Elasticsearch could not be reached: an expected, temporary condition, reported in
	 * one line instead of a stack trace on every retry.
	 */
	static final class IndexingDeferred extends RuntimeException {

		IndexingDeferred(EntryPublished event, Exception cause) {
			super("Indexing entry %s version %d deferred, search index unreachable (%s); retried from the outbox"
				.formatted(event.id(), event.version(), cause), null, false, false);
		}

	}

}
