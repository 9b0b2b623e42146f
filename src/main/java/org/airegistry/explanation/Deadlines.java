package org.airegistry.explanation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Computes due dates from the {@link DeadlineRules}. Pure: the current time is an
 * argument, so tests need no waiting.
 * <p>
 * Months are calendar months counted from the day of submission; when the target month is
 * shorter, the period ends on its last day (31 January + 1 month = 28 or 29 February;
 * Regulation 1182/71 Art 3(2)(c)). An extension is added to the response period before
 * counting (31 January + 1 + 2 months = 30 April). Each clock stop adds the calendar days
 * from the day it stopped to the day it resumed. A period whose last day is a Saturday,
 * Sunday or public holiday ends on the next working day (Regulation 1182/71 Art 3(4); the
 * reasons are in DD061); that applies to the due date and to the last day for an
 * extension.
 */
public final class Deadlines {

	private final DeadlineRules rules;

	public Deadlines(DeadlineRules rules) {
		this.rules = rules;
	}

	public DeadlineRules rules() {
		return rules;
	}

	/** The local day of an instant in the rules' calendar. */
	public LocalDate day(Instant instant) {
		return instant.atZone(rules.zone()).toLocalDate();
	}

	public Deadline compute(Instant submittedAt, Period extension, List<ClockStop> clockStops, Instant now) {
		LocalDate submittedOn = day(submittedAt);
		LocalDate today = day(now);
		LocalDate firstPeriodEnds = submittedOn.plus(rules.responsePeriod());
		LocalDate extended = submittedOn.plus(rules.responsePeriod().plus(extension));
		List<Deadline.Stop> stops = new ArrayList<>();
		@Nullable LocalDate stoppedSince = null;
		for (ClockStop stop : clockStops.stream().sorted(Comparator.comparing(ClockStop::stoppedAt)).toList()) {
			LocalDate from = day(stop.stoppedAt());
			Instant resumedAt = stop.resumedAt();
			LocalDate to = resumedAt == null ? today : day(resumedAt);
			if (to.isBefore(from)) {
				to = from;
			}
			stops.add(new Deadline.Stop(from, to, ChronoUnit.DAYS.between(from, to), resumedAt == null));
			if (resumedAt == null) {
				stoppedSince = from;
			}
		}
		long stoppedDays = stops.stream().mapToLong(Deadline.Stop::days).sum();
		LocalDate calendarDue = extended.plusDays(stoppedDays);
		LocalDate due = rules.endOnWorkingDay(calendarDue);
		LocalDate extensionUntil = rules.endOnWorkingDay(firstPeriodEnds.plusDays(stoppedDays));
		return new Deadline(submittedOn, rules.responsePeriod(), firstPeriodEnds, extension, stops, stoppedSince,
				calendarDue, due, extensionUntil, due.plus(rules.longOverdueAfter()));
	}

	/**
	 * Checks an extension request: once only, whole months up to the maximum, with
	 * reasons, given within the first period (including clock stops so far). Returns the
	 * message key of the problem, or {@code null} when the extension is allowed.
	 */
	public @Nullable String extensionProblem(Deadline deadline, Period alreadyExtended, int months, String reason,
			Instant now) {
		if (!alreadyExtended.isZero()) {
			return "explanation.extend.error.once";
		}
		if (months < 1 || months > rules.maxExtension().toTotalMonths()) {
			return "explanation.extend.error.months";
		}
		if (reason.isBlank()) {
			return "explanation.extend.error.reason";
		}
		if (day(now).isAfter(deadline.extensionPossibleUntil())) {
			return "explanation.extend.error.late";
		}
		return null;
	}

}
