package org.airegistry.search.tests;

import java.io.IOException;

import org.airegistry.search.ReindexStepped;
import org.airegistry.testing.TestPlanRegistered;
import org.airegistry.testing.TestPlanStepped;
import org.airegistry.testing.TestPlanVisibilityChanged;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Brings a test's document in line with the public view after a registered version, a
 * withdrawn consent or a step of the test (its public status). Runs after the transaction
 * committed; when Elasticsearch is down it fails, the event publication stays incomplete
 * and the outbox resubmitter retries it.
 */
@Component
class RealWorldTestListener {

	/** Stable listener ids in the event publication registry (survive renames). */
	static final String REGISTERED_ID = "search.test-registered-indexer";

	static final String VISIBILITY_ID = "search.test-visibility-indexer";

	static final String STEPPED_ID = "search.test-stepped-indexer";

	private static final Log logger = LogFactory.getLog(RealWorldTestListener.class);

	private final RealWorldTestIndexer indexer;

	RealWorldTestListener(RealWorldTestIndexer indexer) {
		this.indexer = indexer;
	}

	// no transaction: waiting for Elasticsearch must not hold a database connection
	@ApplicationModuleListener(id = REGISTERED_ID, propagation = Propagation.NOT_SUPPORTED)
	void on(TestPlanRegistered event) {
		index(event.uid());
	}

	@ApplicationModuleListener(id = VISIBILITY_ID, propagation = Propagation.NOT_SUPPORTED)
	void on(TestPlanVisibilityChanged event) {
		index(event.uid());
	}

	@ApplicationModuleListener(id = STEPPED_ID, propagation = Propagation.NOT_SUPPORTED)
	void on(TestPlanStepped event) {
		if (event.step().changesPublicStatus()) {
			index(event.uid());
		}
	}

	/** In the reindex's own thread, before the command line exits. */
	@EventListener
	void on(ReindexStepped event) {
		if (event.step() != ReindexStepped.Step.COMPLETED) {
			return;
		}
		try {
			RealWorldTestIndexer.Result result = indexer.reindexAll();
			logger
				.info("Reindex: %d real-world tests written, %d removed".formatted(result.written(), result.removed()));
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Reindex of the real-world tests failed (" + ex.getMessage() + ")");
		}
	}

	private void index(String uid) {
		try {
			indexer.index(uid);
		}
		catch (IOException | IllegalStateException ex) {
			throw new IndexingDeferred(uid, ex);
		}
	}

	/**
	 * Elasticsearch could not be reached: reported in one line, retried from the outbox.
	 */
	static final class IndexingDeferred extends RuntimeException {

		IndexingDeferred(String uid, Exception cause) {
			super("Indexing real-world test %s deferred, search index unreachable (%s); retried from the outbox"
				.formatted(uid, cause), null, false, false);
		}

	}

}
