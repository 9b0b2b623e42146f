package org.airegistry.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds owners by mail before a record's confirmation runs out (issue 21, freshness):
 * every few hours ({@code airegistry.publication.reminder-interval}, default six hours),
 * for every {@link ReviewedKind}, one mail per record and due date. Best effort: the
 * record's standing is shown either way.
 */
@Component
class ReviewReminders {

	private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

	private final Freshness freshness;

	ReviewReminders(Freshness freshness) {
		this.freshness = freshness;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "${airegistry.publication.reminder-interval:PT6H}")
	@SchedulerLock(name = "record-review-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
	public void run() {
		int sent = freshness.remindDue();
		if (sent > 0) {
			log.info("Record reviews: {} reminders sent", sent);
		}
	}

}
