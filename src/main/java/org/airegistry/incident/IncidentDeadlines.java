package org.airegistry.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The deadlines of serious-incident reports under the configured reading
 * ({@link IncidentSettings}): the reporter's period from the kind of incident (Art
 * 73(2)-(4), Art 55(1)(c)), the authority's period for measures (Art 73(8)) and when to
 * remind, all counted as Regulation 1182/71 counts days.
 */
@Component
public class IncidentDeadlines {

	private final IncidentSettings settings;

	private final LegalPeriods periods;

	IncidentDeadlines(IncidentSettings settings) {
		this.settings = settings;
		this.periods = settings.periods();
	}

	/** The calendar of legal periods. */
	public LegalPeriods periods() {
		return periods;
	}

	/**
	 * The deadline for a report with these facts; empty while the moment the period runs
	 * from is not known.
	 */
	public Optional<IncidentDeadline> of(ReporterRole role, IncidentReportData data) {
		Instant start = settings.clockStart() == ClockStart.AWARENESS && data.awareAt() != null ? data.awareAt()
				: data.causalLinkAt();
		if (start == null) {
			return Optional.empty();
		}
		return Optional.of(of(DeadlineCase.of(role, data), start));
	}

	/** The deadline of a case running from a moment (e.g. one frozen at submission). */
	public IncidentDeadline of(DeadlineCase deadlineCase, Instant clockStart) {
		return new IncidentDeadline(deadlineCase, clockStart, periods.days(clockStart, deadlineCase.days()));
	}

	/** When the authority's period for measures ends (Art 73(8)). */
	public LegalPeriods.PeriodEnd measuresPeriod(Instant receivedAt) {
		return periods.days(receivedAt, settings.measuresPeriodDays());
	}

	/**
	 * When the reporter is reminded of an unsubmitted report: the configured time before
	 * the deadline, but at most half the period.
	 */
	public Instant reminderAt(IncidentDeadline deadline) {
		Duration period = Duration.between(deadline.clockStart(), deadline.dueAt());
		Duration before = Duration.ofDays(settings.remindBefore().getDays());
		Duration lead = before.compareTo(period.dividedBy(2)) < 0 ? before : period.dividedBy(2);
		return deadline.dueAt().minus(lead);
	}

	/** The reading of the law the deadlines follow. */
	public ClockStart clockStart() {
		return settings.clockStart();
	}

}
