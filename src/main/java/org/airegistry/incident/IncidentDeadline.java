package org.airegistry.incident;

import java.time.Instant;

/**
 * The reporting deadline of one incident, with its work.
 *
 * @param deadlineCase which period applies and why
 * @param clockStart the recorded moment the period runs from
 * @param period where the period ends (Regulation 1182/71)
 */
public record IncidentDeadline(DeadlineCase deadlineCase, Instant clockStart, LegalPeriods.PeriodEnd period) {

	/** The first instant at which a first report is late. */
	public Instant dueAt() {
		return period.endsAt();
	}

	/** Whether a first report submitted at the instant is in time. */
	public boolean inTime(Instant submittedAt) {
		return period.inTime(submittedAt);
	}

	/** Whether the deadline has passed at the instant. */
	public boolean passed(Instant now) {
		return !period.inTime(now);
	}

}
