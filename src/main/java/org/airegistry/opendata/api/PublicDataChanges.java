package org.airegistry.opendata.api;

import org.airegistry.deployment.DeploymentPublished;
import org.airegistry.deployment.DeploymentSectionFollowed;
import java.time.Clock;

import org.airegistry.gpai.GpaiModelPublished;
import org.airegistry.moderation.EntryModerated;
import org.airegistry.opendata.OpenDataRevision;
import org.airegistry.opendata.persistence.OpenDataRevisionRepository;
import org.airegistry.registry.EntryPublished;
import org.airegistry.registry.EntryVisibilityChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts every change of the public data in the transaction that makes it (just before
 * commit, so the row is locked only for that moment): a publication of an entry, a
 * deployer registration or a model, a registration following its entry's section, a
 * suspension or its lift, versions taken out of public view by the point-1 policy
 * (DD020). Generated open data files are keyed by the revision (DD036).
 */
@Component
class PublicDataChanges {

	private final OpenDataRevisionRepository revisions;

	private final Clock clock;

	PublicDataChanges(OpenDataRevisionRepository revisions, Clock clock) {
		this.revisions = revisions;
		this.clock = clock;
	}

	OpenDataRevision current() {
		return revisions.current();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EntryPublished published) {
		raise();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EntryModerated moderated) {
		raise();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EntryVisibilityChanged changed) {
		raise();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(GpaiModelPublished published) {
		raise();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DeploymentPublished published) {
		raise();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DeploymentSectionFollowed followed) {
		raise();
	}

	private void raise() {
		revisions.raise(clock.instant());
	}

}
