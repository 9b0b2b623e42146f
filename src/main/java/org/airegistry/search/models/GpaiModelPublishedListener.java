package org.airegistry.search.models;

import java.io.IOException;

import org.airegistry.gpai.GpaiModelPublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Indexes a model version after it was published. Runs after the publishing transaction
 * committed; when Elasticsearch is down it fails, the event publication stays incomplete
 * and the outbox resubmitter retries it.
 */
@Component
class GpaiModelPublishedListener {

	/** Stable listener id in the event publication registry (survives renames). */
	static final String LISTENER_ID = "search.gpai-model-published-indexer";

	private final GpaiModelIndexer indexer;

	GpaiModelPublishedListener(GpaiModelIndexer indexer) {
		this.indexer = indexer;
	}

	// no transaction: waiting for Elasticsearch must not hold a database connection
	@ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
	void on(GpaiModelPublished event) {
		try {
			indexer.index(event.id(), event.version());
		}
		catch (IOException | IllegalStateException ex) {
			throw new IndexingDeferred(event, ex);
		}
	}

	/**
	 * Elasticsearch could not be reached: reported in one line, retried from the outbox.
	 */
	static final class IndexingDeferred extends RuntimeException {

		IndexingDeferred(GpaiModelPublished event, Exception cause) {
			super("Indexing GPAI model %s version %d deferred, search index unreachable (%s); retried from the outbox"
				.formatted(event.id(), event.version(), cause), null, false, false);
		}

	}

}
