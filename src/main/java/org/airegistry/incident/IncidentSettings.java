package org.airegistry.incident;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of serious-incident reports ({@code airegistry.incident.*}).
 *
 * @param clockStart which recorded moment the reporting period runs from (DD080)
 * @param zone the calendar in which days are counted
 * @param publicHolidays public holidays that move the end of a period (Regulation 1182/71
 * Art 3(4)); without them only Saturdays and Sundays do
 * @param remindBefore how long before the deadline an unsubmitted report's organisation
 * is reminded (at most half the period)
 * @param measuresPeriodDays the authority's period for measures (Art 73(8))
 * @param completeReportExpectedWithin after an initial report, when the missing complete
 * report is pointed out to the authority (the Act sets no period, Art 73(5))
 * @param timerInterval how often reminders and routing run
 */
@ConfigurationProperties("airegistry.incident")
public record IncidentSettings(@DefaultValue("CAUSAL_LINK") ClockStart clockStart,
		@DefaultValue("Europe/Brussels") ZoneId zone, @DefaultValue Set<LocalDate> publicHolidays,
		@DefaultValue("P3D") Period remindBefore, @DefaultValue("7") int measuresPeriodDays,
		@DefaultValue("P30D") Period completeReportExpectedWithin, @DefaultValue("PT10M") Duration timerInterval) {

	/** The calendar of legal periods. */
	public LegalPeriods periods() {
		return new LegalPeriods(zone, publicHolidays);
	}

}
