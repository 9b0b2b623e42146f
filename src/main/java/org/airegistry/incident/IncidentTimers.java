package org.airegistry.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.airegistry.incident.persistence.IncidentRepository;
import org.airegistry.publication.TimedWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Timed work on serious-incident reports, locked in the database (ShedLock) so that with
 * several application instances only one runs it: a reminder to the reporting
 * organisation before the deadline of a report not yet submitted, a notice once it has
 * passed (each once, marked in the report), and delivery of reports that wait for an
 * authority of their Member State once one uses the registry. Logs counts only.
 */
@Component
class IncidentTimers {

	static final String LOCK_NAME = "incident-timers";

	private static final Logger log = LoggerFactory.getLogger(IncidentTimers.class);

	private final IncidentRepository repository;

	private final IncidentDeadlines deadlines;

	private final IncidentDelivery delivery;

	private final IncidentMailer mailer;

	private final TransactionTemplate transactions;

	private final TimedWork work;

	private final Clock clock;

	IncidentTimers(IncidentRepository repository, IncidentDeadlines deadlines, IncidentDelivery delivery,
			IncidentMailer mailer, TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.deadlines = deadlines;
		this.delivery = delivery;
		this.mailer = mailer;
		this.transactions = transactions;
		this.work = new TimedWork(transactions, log);
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${airegistry.incident.timer-interval:PT10M}",
			fixedDelayString = "${airegistry.incident.timer-interval:PT10M}")
	@SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
	public void run() {
		int reminders = remind();
		int routed = route();
		if (reminders + routed > 0) {
			log.info("Incident timers: {} reminders sent, {} reports delivered to an authority", reminders, routed);
		}
	}

	/** Sends due reminders and overdue notices, each once; returns how many. */
	int remind() {
		Instant now = clock.instant();
		List<Unsubmitted> unsubmitted = repository.unsubmittedWithDeadline()
			.stream()
			.flatMap(report -> deadlines.of(report.role(), report.draft())
				.map(deadline -> new Unsubmitted(report, deadline, deadline.passed(now)))
				.stream())
			.toList();
		return TimedWork.remindOnce(unsubmitted,
				due -> due.overdue() || TimedWork.reached(now, deadlines.reminderAt(due.deadline())),
				due -> (due.overdue() ? repository.overdueNotifiedAt(due.report().id())
						: repository.remindedAt(due.report().id()))
					.isPresent(),
				due -> notify(due, now));
	}

	/** A report not yet submitted, its deadline and whether that has passed. */
	private record Unsubmitted(IncidentReport report, IncidentDeadline deadline, boolean overdue) {
	}

	private int notify(Unsubmitted due, Instant now) {
		IncidentReport report = due.report();
		return work.step("A reminder for a serious-incident report could not be sent", () -> {
			if (due.overdue()) {
				repository.markOverdueNotified(report.id(), now);
			}
			else {
				repository.markReminded(report.id(), now);
			}
			mailer.send(report.reporter(), due.overdue() ? "overdue" : "dueSoon", report.reference(),
					report.subjectName(), due.deadline().period().lastDay(),
					mailer.link(IncidentRoutes.report(report.id())));
			return 1;
		});
	}

	/**
	 * Delivers waiting reports to authorities that now use the registry; returns how
	 * many.
	 */
	int route() {
		Instant now = clock.instant();
		int routed = 0;
		for (Handling handling : repository.awaitingAuthority()) {
			Boolean done = transactions.execute(status -> delivery.route(handling, now));
			if (Boolean.TRUE.equals(done)) {
				routed++;
			}
		}
		return routed;
	}

}
