package org.airegistry.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.airegistry.incident.IncidentDeadlines;
import org.airegistry.publication.TimedWork;
import org.airegistry.testing.persistence.TestPlanRepository;
import org.airegistry.testing.persistence.TestPlanRepository.PlanColumn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Timed work on test plans, locked in the database (ShedLock) so that with several
 * application instances only one runs it: the 30 days of Art 60(4)(b) (tacit approval, or
 * pending authorisation where national law does not provide for it), delivery of plans
 * that wait for an authority, a reminder to the authority before a tacit approval, and a
 * reminder to the provider before a test's latest end (Art 60(4)(f)). Each in its own
 * transaction; logs counts only.
 */
@Component
class TestingTimers {

	static final String LOCK_NAME = "testing-timers";

	private static final Logger log = LoggerFactory.getLogger(TestingTimers.class);

	private final TestPlanReviews reviews;

	private final TestPlanRepository repository;

	private final TestingSettings settings;

	private final IncidentDeadlines periods;

	private final TestingMailer mailer;

	private final TimedWork work;

	private final Clock clock;

	TestingTimers(TestPlanReviews reviews, TestPlanRepository repository, TestingSettings settings,
			IncidentDeadlines periods, TestingMailer mailer, TransactionTemplate transactions, Clock clock) {
		this.reviews = reviews;
		this.repository = repository;
		this.settings = settings;
		this.periods = periods;
		this.mailer = mailer;
		this.work = new TimedWork(transactions, log);
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${airegistry.testing.timer-interval:PT10M}",
			fixedDelayString = "${airegistry.testing.timer-interval:PT10M}")
	@SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
	public void run() {
		int done = runOnce();
		if (done > 0) {
			log.info("Testing timers: {} plans changed or reminded", done);
		}
	}

	/** One run of every step, each in its own transaction; returns how much changed. */
	int runOnce() {
		return step(reviews::thirtyDaysPassed) + step(reviews::route) + step(reviews::remindTacit)
				+ step(this::remindEnd);
	}

	private int step(IntSupplier work) {
		return this.work.step("A testing timer step failed", work);
	}

	/**
	 * Reminds providers of tests that reach their latest end soon, once; returns how
	 * many.
	 */
	int remindEnd() {
		Instant now = clock.instant();
		LocalDate today = periods.periods().day(now);
		return TimedWork.remindOnce(repository.inStates(List.of(TestPlanState.ACTIVE, TestPlanState.SUSPENDED)),
				plan -> plan.endLimit() != null && today.isAfter(plan.endLimit().minus(settings.endReminderBefore())),
				plan -> repository.endReminded(plan.id()), plan -> {
					repository.update(plan.id(), Map.of(PlanColumn.END_REMINDED_AT, now), clock.instant());
					mailer.send(plan.provider(), plan.extended() ? "endSoon" : "endSoonExtendable", plan.uid(),
							plan.draft().systemName(), plan.endLimit(), mailer.link(TestingRoutes.plan(plan.id())));
					return 1;
				});
	}

}
