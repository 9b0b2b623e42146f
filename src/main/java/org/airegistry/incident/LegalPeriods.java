package org.airegistry.incident;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Periods of days counted as Regulation (EEC, Euratom) No 1182/71 counts them (DD061,
 * DD080): the day of the event does not count (Art 3(1)); the period ends with the last
 * hour of its last day (Art 3(2)(b)); a last day that is a Saturday, Sunday or public
 * holiday moves to the next working day (Art 3(4)); a period of two days or more includes
 * at least two working days (Art 3(5)). Public holidays are configured (they differ by
 * Member State and year); without them only weekends move a period. Pure: the tests need
 * no clock.
 */
public final class LegalPeriods {

	private final ZoneId zone;

	private final Set<LocalDate> publicHolidays;

	public LegalPeriods(ZoneId zone, Set<LocalDate> publicHolidays) {
		this.zone = Objects.requireNonNull(zone, "zone");
		this.publicHolidays = Set.copyOf(publicHolidays);
	}

	/** The calendar in which days are counted. */
	public ZoneId zone() {
		return zone;
	}

	/** The day of an instant in this calendar. */
	public LocalDate day(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	/** The first instant after the given day ends. */
	public Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * Whether the day is neither a Saturday, a Sunday nor a configured public holiday.
	 */
	public boolean workingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !publicHolidays.contains(day);
	}

	/**
	 * A period of {@code days} days running from the event.
	 * @return when it ends, with the steps that got there
	 */
	public PeriodEnd days(Instant event, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("A period has at least one day: " + days);
		}
		LocalDate eventDay = day(event);
		LocalDate nominal = eventDay.plusDays(days);
		LocalDate last = nominal;
		while (!workingDay(last)) {
			last = last.plusDays(1);
		}
		boolean movedToWorkingDay = !last.equals(nominal);
		boolean extendedForTwoWorkingDays = false;
		if (days >= 2) {
			while (workingDaysBetween(eventDay.plusDays(1), last) < 2) {
				last = last.plusDays(1);
				while (!workingDay(last)) {
					last = last.plusDays(1);
				}
				extendedForTwoWorkingDays = true;
			}
		}
		return new PeriodEnd(eventDay, days, nominal, last, endOf(last), movedToWorkingDay, extendedForTwoWorkingDays);
	}

	private long workingDaysBetween(LocalDate first, LocalDate last) {
		return first.datesUntil(last.plusDays(1)).filter(this::workingDay).count();
	}

	/**
	 * Where a period of days ends.
	 *
	 * @param eventDay the day of the event (not counted, Art 3(1))
	 * @param days the length of the period
	 * @param nominalLastDay the event's day plus the period
	 * @param lastDay the day the period ends with, after Art 3(4) and 3(5)
	 * @param endsAt the first instant after the period (late from here on)
	 * @param movedToWorkingDay whether the nominal last day was not a working day (Art
	 * 3(4))
	 * @param extendedForTwoWorkingDays whether the period was lengthened to include two
	 * working days (Art 3(5))
	 */
	public record PeriodEnd(LocalDate eventDay, int days, LocalDate nominalLastDay, LocalDate lastDay, Instant endsAt,
			boolean movedToWorkingDay, boolean extendedForTwoWorkingDays) {

		/** Whether something ending at the instant came within the period. */
		public boolean inTime(Instant instant) {
			return instant.isBefore(endsAt);
		}

	}

}
