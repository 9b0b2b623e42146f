package org.airegistry.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Periods of days as Regulation 1182/71 counts them, the calendar of every incident and
 * testing deadline (DD080, DD061).
 */
class LegalPeriodsTest {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** 25 December 2026 is a Friday; 2026-12-04 a Friday. */
	static final LegalPeriods PERIODS = new LegalPeriods(BRUSSELS, Set.of(LocalDate.of(2026, 12, 25)));

	static Instant at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toInstant();
	}

	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of(
				"Art 3(1), 3(2)(b): the event's day does not count; 15 days from Wednesday 2 Dec end on Thursday 17 Dec",
				"2026-12-02T10:00", 15, "2026-12-17"),
				Arguments.of("Art 3(1): an event at 23:59 Brussels time counts from that day", "2026-12-02T23:59", 15,
						"2026-12-17"),
				Arguments.of("Art 3(4): 10 days from Thursday 3 Dec end on Sunday 13 Dec, so on Monday 14 Dec",
						"2026-12-03T09:00", 10, "2026-12-14"),
				Arguments.of(
						"Art 3(4): a last day on a public holiday (Friday 25 Dec) moves over the weekend to Monday 28 Dec",
						"2026-12-10T12:00", 15, "2026-12-28"),
				Arguments.of("Art 3(5): 2 days from Wednesday 2 Dec end on Friday 4 Dec", "2026-12-02T08:00", 2,
						"2026-12-04"),
				Arguments.of(
						"Art 3(4), 3(5): 2 days from Thursday 3 Dec: Saturday moves to Monday 7 Dec (Friday and Monday are two working days)",
						"2026-12-03T08:00", 2, "2026-12-07"),
				Arguments.of(
						"Art 3(4), 3(5): 2 days from Friday 4 Dec: Sunday moves to Monday, and two working days need Tuesday 8 Dec",
						"2026-12-04T16:00", 2, "2026-12-08"),
				Arguments.of(
						"Art 3(5): 2 days from Wednesday 23 Dec over Christmas: Friday 25 Dec is a holiday, so Thursday and Monday 28 Dec",
						"2026-12-23T10:00", 2, "2026-12-28"),
				Arguments.of(
						"Art 3(4): 7 days of the authority (Art 73(8)) from Friday 18 Dec end on Friday 25 Dec, a holiday: Monday 28 Dec",
						"2026-12-18T10:00", 7, "2026-12-28"),
				Arguments.of("Art 3(4): 30 days (Art 60(4)(b)) from 1 Dec end on Thursday 31 Dec", "2026-12-01T10:00",
						30, "2026-12-31"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	@DisplayName("Regulation 1182/71: periods of days")
	void lastDay(String name, String event, int days, String lastDay) {
		LegalPeriods.PeriodEnd end = PERIODS.days(at(event), days);
		assertThat(end.lastDay()).isEqualTo(LocalDate.parse(lastDay));
		assertThat(end.endsAt()).isEqualTo(LocalDate.parse(lastDay).plusDays(1).atStartOfDay(BRUSSELS).toInstant());
		assertThat(end.inTime(end.endsAt().minusSeconds(1))).as("the last second of the last day is in time").isTrue();
		assertThat(end.inTime(end.endsAt())).as("the first second after is late").isFalse();
	}

	@org.junit.jupiter.api.Test
	@DisplayName("Art 3(4), 3(5): the steps are reported with the result")
	void steps() {
		LegalPeriods.PeriodEnd friday = PERIODS.days(at("2026-12-04T16:00"), 2);
		assertThat(friday.nominalLastDay()).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThat(friday.movedToWorkingDay()).isTrue();
		assertThat(friday.extendedForTwoWorkingDays()).isTrue();
		LegalPeriods.PeriodEnd plain = PERIODS.days(at("2026-12-02T10:00"), 15);
		assertThat(plain.movedToWorkingDay()).isFalse();
		assertThat(plain.extendedForTwoWorkingDays()).isFalse();
	}

}
