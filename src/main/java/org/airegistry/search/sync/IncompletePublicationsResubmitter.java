package org.airegistry.search.sync;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries event publications whose listener failed (e.g. indexing while Elasticsearch was
 * down) once they are older than a minimum age. Locked in the database, so with several
 * application instances only one resubmits at a time.
 */
@Component
class IncompletePublicationsResubmitter {

	static final String LOCK_NAME = "outbox-resubmit-incomplete";

	private static final Log logger = LogFactory.getLog(IncompletePublicationsResubmitter.class);

	private final IncompleteEventPublications publications;

	private final Duration minAge;

	IncompletePublicationsResubmitter(IncompleteEventPublications publications,
			@Value("${airegistry.search.outbox.resubmit-min-age:30s}") Duration minAge) {
		this.publications = publications;
		this.minAge = minAge;
	}

	@Scheduled(initialDelayString = "${airegistry.search.outbox.resubmit-interval:15s}",
			fixedDelayString = "${airegistry.search.outbox.resubmit-interval:15s}")
	@SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT5M", lockAtLeastFor = "PT5S")
	public void resubmit() {
		logger.debug("Resubmitting event publications incomplete for more than " + minAge);
		publications.resubmitIncompletePublicationsOlderThan(minAge);
	}

}
