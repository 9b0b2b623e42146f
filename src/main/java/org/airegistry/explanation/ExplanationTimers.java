package org.airegistry.explanation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.airegistry.explanation.persistence.ExplanationRepository;
import org.airegistry.explanation.persistence.RequestChange;
import org.airegistry.explanation.persistence.RequestRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Timed work, locked in the database (ShedLock) so that with several application
 * instances only one runs it: reminders to the deployer before the due date and when
 * overdue, a notice to the person when the deadline has passed, and retention (personal
 * data deleted a configured period after closure; unverified requests deleted once their
 * link expired). Each reminder is sent once per due date (marked in the request). Logs
 * counts only.
 */
@Component
class ExplanationTimers {

	static final String LOCK_NAME = "explanation-timers";

	private static final Logger log = LoggerFactory.getLogger(ExplanationTimers.class);

	private final ExplanationRepository repository;

	private final ExplanationService service;

	private final ExplanationNotifications notifications;

	private final ExplanationProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ComplaintService complaints;

	ExplanationTimers(ExplanationRepository repository, ExplanationService service,
			ExplanationNotifications notifications, ExplanationProperties properties, TransactionTemplate transactions,
			Clock clock, ComplaintService complaints) {
		this.complaints = complaints;
		this.repository = repository;
		this.service = service;
		this.notifications = notifications;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${airegistry.explanation.timer-interval:PT10M}",
			fixedDelayString = "${airegistry.explanation.timer-interval:PT10M}")
	@SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
	public void run() {
		int reminders = remind();
		int removed = retain() + complaints.applyRetention();
		if (reminders + removed > 0) {
			log.info("Explanation timers: {} reminders sent, {} requests anonymised or deleted", reminders, removed);
		}
	}

	/** Sends due reminders; returns how many. */
	int remind() {
		Instant now = clock.instant();
		List<RequestRow> open = repository.inStates(List.of(RequestState.SUBMITTED, RequestState.ACKNOWLEDGED));
		Map<UUID, List<ClockStop>> stops = service.stops(open.stream().map(RequestRow::id).toList());
		int sent = 0;
		for (RequestRow row : open) {
			Deadline deadline = service.deadline(row, stops.getOrDefault(row.id(), List.of()), now);
			LocalDate today = new Deadlines(properties.deadline().rules()).day(now);
			if (deadline.overdueOn(today)) {
				if (row.deployerOverdueAt() == null) {
					sent += mark(row, "deployer_overdue_at", now,
							() -> notifications.toDeployer(row, "overdue", deadline.due().toString()));
				}
				if (row.personOverdueAt() == null) {
					sent += mark(row, "person_overdue_at", now,
							() -> notifications.toPerson(row, "overdue", notifications.track(row)));
				}
			}
			else if (row.deployerRemindedAt() == null
					&& !today.isBefore(deadline.due().minus(properties.remindBefore()))) {
				sent += mark(row, "deployer_reminded_at", now,
						() -> notifications.toDeployer(row, "dueSoon", deadline.due().toString()));
			}
		}
		return sent;
	}

	private int mark(RequestRow row, String column, Instant now, Runnable send) {
		try {
			transactions.executeWithoutResult(status -> {
				repository.update(row.id(), new RequestChange().set(column, now));
				send.run();
			});
			return 1;
		}
		catch (RuntimeException ex) {
			log.warn("A reminder for an explanation request could not be sent ({}); will retry",
					ex.getClass().getSimpleName());
			return 0;
		}
	}

	/** Applies retention; returns how many requests lost their personal data. */
	int retain() {
		Instant now = clock.instant();
		Instant cutoff = now.atZone(properties.deadline().zone()).minus(properties.retention()).toInstant();
		Integer removed = transactions.execute(status -> {
			int count = repository.deleteUnverifiedBefore(now.minus(properties.verificationValidity()));
			for (UUID id : repository.closedBefore(cutoff)) {
				repository.anonymise(id, now);
				count++;
			}
			return count;
		});
		return removed == null ? 0 : removed;
	}

}
