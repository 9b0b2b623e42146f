package org.airegistry.explanation;

import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

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
 */
public record DeadlineRules(Period responsePeriod, Period maxExtension, Period longOverdueAfter, ZoneId zone) {

	/** GDPR Art 12(3) analogue in Brussels time. */
	public static final DeadlineRules DEFAULT = new DeadlineRules(Period.ofMonths(1), Period.ofMonths(2),
			Period.ofMonths(1), ZoneId.of("Europe/Brussels"));

	public DeadlineRules {
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

}
