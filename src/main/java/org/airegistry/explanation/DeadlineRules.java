package org.airegistry.explanation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * How response deadlines are computed; configuration, not code
 * ({@code airegistry.explanation.deadline.*}). The AI Act sets no deadline for Art 86;
 * the defaults follow GDPR Art 12(3): one month from receipt, extendable once by up to
 * two further months with reasons given within the first month.
 *
 * @param responsePeriod the period from submission to the due date
 * @param maxExtension the longest single extension
 * @param longOverdueAfter how long after the due date a request counts as long overdue
 * @param zone the calendar in which dates are counted (a request submitted at 23:30 in
 * Brussels counts from that day)
 * @param publicHolidays the public holidays of the Member State where the deployer acts
 * (Reg. 1182/71 Art 2(1)); a period that would end on one of them, or on a Saturday or
 * Sunday, ends on the next working day (Art 3(4), DD061)
 */
public record DeadlineRules(Period responsePeriod, Period maxExtension, Period longOverdueAfter, ZoneId zone,
		Set<LocalDate> publicHolidays) {

	/** GDPR Art 12(3) analogue in Brussels time, without public holidays configured. */
	public static final DeadlineRules DEFAULT = new DeadlineRules(Period.ofMonths(1), Period.ofMonths(2),
			Period.ofMonths(1), ZoneId.of("Europe/Brussels"));

	/** Rules with Saturdays and Sundays as the only days off. */
	public DeadlineRules(Period responsePeriod, Period maxExtension, Period longOverdueAfter, ZoneId zone) {
		this(responsePeriod, maxExtension, longOverdueAfter, zone, Set.of());
	}

	public DeadlineRules {
		publicHolidays = publicHolidays == null ? Set.of() : Set.copyOf(publicHolidays);
		Objects.requireNonNull(responsePeriod, "responsePeriod");
		Objects.requireNonNull(maxExtension, "maxExtension");
		Objects.requireNonNull(longOverdueAfter, "longOverdueAfter");
		Objects.requireNonNull(zone, "zone");
		if (responsePeriod.isNegative() || responsePeriod.isZero()) {
			throw new IllegalArgumentException("responsePeriod must be positive");
		}
		if (maxExtension.getDays() != 0 || maxExtension.getYears() != 0 || maxExtension.isNegative()) {
			throw new IllegalArgumentException("maxExtension must be whole months, e.g. P2M");
		}
	}

	/** Whether the day is a working day: not a Saturday, Sunday or public holiday. */
	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !publicHolidays.contains(day);
	}

	/**
	 * Reg. (EEC, Euratom) No 1182/71 Art 3(4): a period whose last day is a public
	 * holiday, Saturday or Sunday ends with the following working day.
	 */
	public LocalDate endOnWorkingDay(LocalDate lastDay) {
		LocalDate day = lastDay;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

}
