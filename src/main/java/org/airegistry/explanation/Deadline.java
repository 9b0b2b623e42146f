package org.airegistry.explanation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A request's due date and how it was computed, step by step, so that the person and the
 * deployer can check it (peer-systems §1.4: a deadline calculator that shows its work).
 *
 * @param submittedOn the day the verified request reached the deployer
 * @param responsePeriod the configured period (e.g. one month)
 * @param firstPeriodEnds submission plus the response period, before any extension and
 * clock stop
 * @param extension the extension granted, zero if none
 * @param stops each clock stop with its length in days
 * @param stoppedSince the day the clock stopped, if it is stopped now
 * @param calendarDue the last day of the period as counted, before Reg. 1182/71 Art 3(4)
 * moves it off a Saturday, Sunday or public holiday
 * @param due the due date: the response is in time when given on or before this day (the
 * next working day after {@code calendarDue} when that is not one)
 * @param extensionUntil the last day on which the deployer may extend: the end of the
 * first period plus clock stops, on a working day
 * @param longOverdueAfter after this day the request is long overdue
 */
public record Deadline(LocalDate submittedOn, Period responsePeriod, LocalDate firstPeriodEnds, Period extension,
		List<Stop> stops, @Nullable LocalDate stoppedSince, LocalDate calendarDue, LocalDate due,
		LocalDate extensionUntil, LocalDate longOverdueAfter) {

	/** A clock stop as counted: from and to (today while it lasts), and its days. */
	public record Stop(LocalDate from, LocalDate to, long days, boolean ongoing) {
	}

	public Deadline {
		stops = List.copyOf(stops);
	}

	/** Days the clock stood still in total. */
	public long stoppedDays() {
		return stops.stream().mapToLong(Stop::days).sum();
	}

	/** Whether the clock is stopped now (information requested from the person). */
	public boolean clockStopped() {
		return stoppedSince != null;
	}

	/** The end of the first period including clock stops: the last day to extend. */
	public LocalDate extensionPossibleUntil() {
		return extensionUntil;
	}

	/**
	 * Whether the period's last day fell on a Saturday, Sunday or public holiday and was
	 * moved to the next working day (Reg. 1182/71 Art 3(4)).
	 */
	public boolean movedToWorkingDay() {
		return !due.equals(calendarDue);
	}

	/** Overdue on the day: after the due date and the clock running. */
	public boolean overdueOn(LocalDate today) {
		return !clockStopped() && today.isAfter(due);
	}

	/** Long overdue on the day. */
	public boolean longOverdueOn(LocalDate today) {
		return !clockStopped() && today.isAfter(longOverdueAfter);
	}

}
