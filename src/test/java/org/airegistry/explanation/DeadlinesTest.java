package org.airegistry.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlinesTest {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	final Deadlines deadlines = new Deadlines(DeadlineRules.DEFAULT);

	static Instant at(String dateTime) {
		return java.time.LocalDateTime.parse(dateTime).atZone(BRUSSELS).toInstant();
	}

	@Test
	@DisplayName("Art 86 (GDPR Art 12(3) analogue): due one month after submission")
	void oneMonth() {
		Deadline deadline = deadlines.compute(at("2026-03-10T09:00"), Period.ZERO, List.of(), at("2026-03-11T09:00"));
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 4, 10));
		assertThat(deadline.overdueOn(LocalDate.of(2026, 4, 10))).isFalse();
		assertThat(deadline.overdueOn(LocalDate.of(2026, 4, 11))).isTrue();
		assertThat(deadline.longOverdueOn(LocalDate.of(2026, 5, 10))).isFalse();
		assertThat(deadline.longOverdueOn(LocalDate.of(2026, 5, 11))).isTrue();
	}

	@Test
	@DisplayName("Art 86 deadline across month ends: 31 January + 1 month is the last day of February (Reg. 1182/71 Art 3(2)(c))")
	void monthEnds() {
		Deadline february = deadlines.compute(at("2027-01-31T12:00"), Period.ZERO, List.of(), at("2027-02-01T00:00"));
		assertThat(february.calendarDue()).isEqualTo(LocalDate.of(2027, 2, 28));
		// 28 February 2027 is a Sunday: Art 3(4) moves the end to Monday
		assertThat(february.due()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(deadlines.compute(at("2028-01-31T12:00"), Period.ZERO, List.of(), at("2028-02-01T00:00")).due())
			.isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(deadlines.compute(at("2026-12-15T12:00"), Period.ZERO, List.of(), at("2026-12-16T00:00")).due())
			.isEqualTo(LocalDate.of(2027, 1, 15));
	}

	@Test
	@DisplayName("Art 86 deadline counts days in Brussels time: 23:30 on 31 May is submitted on 31 May")
	void localDay() {
		Instant lateEvening = at("2026-05-31T23:30");
		assertThat(lateEvening.atZone(ZoneId.of("UTC")).getHour()).isEqualTo(21);
		assertThat(deadlines.compute(lateEvening, Period.ZERO, List.of(), lateEvening).due())
			.isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	@DisplayName("Art 86 extension: two further months are counted with the first from submission (31 Jan -> 30 Apr)")
	void extension() {
		Deadline deadline = deadlines.compute(at("2027-01-31T10:00"), Period.ofMonths(2), List.of(),
				at("2027-02-10T10:00"));
		assertThat(deadline.firstPeriodEnds()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 4, 30));
		// the first period ends on a Sunday: the deployer may still extend on Monday
		assertThat(deadline.extensionPossibleUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	record WorkingDayCase(String name, String submitted, Set<LocalDate> holidays, LocalDate calendarDue,
			LocalDate due) {

		@Override
		public String toString() {
			return name;
		}

	}

	static Stream<WorkingDayCase> workingDays() {
		return Stream.of(
				new WorkingDayCase("Reg. 1182/71 Art 3(4): a period ending on a Friday stays", "2026-03-10T09:00",
						Set.of(), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 10)),
				new WorkingDayCase("Reg. 1182/71 Art 3(4): a period ending on a Saturday ends on Monday",
						"2026-03-11T09:00", Set.of(), LocalDate.of(2026, 4, 11), LocalDate.of(2026, 4, 13)),
				new WorkingDayCase("Reg. 1182/71 Art 3(4): a period ending on a Sunday ends on Monday",
						"2026-03-12T09:00", Set.of(), LocalDate.of(2026, 4, 12), LocalDate.of(2026, 4, 13)),
				new WorkingDayCase("Reg. 1182/71 Art 3(4): Sunday, then a public holiday on Monday: ends on Tuesday",
						"2026-03-12T09:00", Set.of(LocalDate.of(2026, 4, 13)), LocalDate.of(2026, 4, 12),
						LocalDate.of(2026, 4, 14)),
				new WorkingDayCase(
						"Reg. 1182/71 Art 3(4): Christmas Day (Friday) and the weekend: 25 December 2026 ends on 28 December",
						"2026-11-25T09:00", Set.of(LocalDate.of(2026, 12, 25)), LocalDate.of(2026, 12, 25),
						LocalDate.of(2026, 12, 28)),
				new WorkingDayCase(
						"Reg. 1182/71 Art 3(4): holidays on 25 and 26 December 2025 and the weekend: ends 29 December",
						"2025-11-25T09:00", Set.of(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26)),
						LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 29)),
				new WorkingDayCase("Reg. 1182/71 Art 3(3): a holiday inside the period does not lengthen it",
						"2026-11-02T09:00", Set.of(LocalDate.of(2026, 11, 11)), LocalDate.of(2026, 12, 2),
						LocalDate.of(2026, 12, 2)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("workingDays")
	@DisplayName("Reg. 1182/71 Art 3(4) (DD061): the due date moves off weekends and public holidays")
	void movesToWorkingDay(WorkingDayCase row) {
		Deadlines calendar = new Deadlines(new DeadlineRules(Period.ofMonths(1), Period.ofMonths(2), Period.ofMonths(1),
				BRUSSELS, row.holidays()));
		Deadline deadline = calendar.compute(at(row.submitted()), Period.ZERO, List.of(), at(row.submitted()));
		assertThat(deadline.calendarDue()).isEqualTo(row.calendarDue());
		assertThat(deadline.due()).isEqualTo(row.due());
		assertThat(deadline.movedToWorkingDay()).isEqualTo(!row.due().equals(row.calendarDue()));
		assertThat(deadline.overdueOn(row.due())).isFalse();
		assertThat(deadline.overdueOn(row.due().plusDays(1))).isTrue();
	}

	@Test
	@DisplayName("Art 86 extension rules: once, up to two months, with reasons, within the first month")
	void extensionRules() {
		Instant submitted = at("2026-03-10T09:00");
		Deadline deadline = deadlines.compute(submitted, Period.ZERO, List.of(), at("2026-03-20T09:00"));
		assertThat(deadlines.extensionProblem(deadline, Period.ZERO, 2, "Complex case", at("2026-04-10T22:00")))
			.isNull();
		assertThat(deadlines.extensionProblem(deadline, Period.ZERO, 1, "Complex case", at("2026-03-20T09:00")))
			.isNull();
		assertThat(deadlines.extensionProblem(deadline, Period.ZERO, 3, "Complex case", at("2026-03-20T09:00")))
			.isEqualTo("explanation.extend.error.months");
		assertThat(deadlines.extensionProblem(deadline, Period.ZERO, 0, "Complex case", at("2026-03-20T09:00")))
			.isEqualTo("explanation.extend.error.months");
		assertThat(deadlines.extensionProblem(deadline, Period.ZERO, 2, "  ", at("2026-03-20T09:00")))
			.isEqualTo("explanation.extend.error.reason");
		assertThat(deadlines.extensionProblem(deadline, Period.ZERO, 2, "Complex case", at("2026-04-11T08:00")))
			.isEqualTo("explanation.extend.error.late");
		assertThat(deadlines.extensionProblem(deadline, Period.ofMonths(1), 1, "Again", at("2026-03-20T09:00")))
			.isEqualTo("explanation.extend.error.once");
	}

	@Test
	@DisplayName("Art 86 clock stop: days waiting for the person's information move the due date and the extension window")
	void clockStop() {
		Instant submitted = at("2026-03-10T09:00");
		List<ClockStop> stops = List.of(new ClockStop(at("2026-03-20T10:00"), at("2026-03-27T16:00")));
		Deadline deadline = deadlines.compute(submitted, Period.ZERO, stops, at("2026-04-12T09:00"));
		assertThat(deadline.stoppedDays()).isEqualTo(7);
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 4, 17));
		assertThat(deadline.extensionPossibleUntil()).isEqualTo(LocalDate.of(2026, 4, 17));
		assertThat(deadline.clockStopped()).isFalse();
		assertThat(deadlines.extensionProblem(deadline, Period.ZERO, 2, "Complex", at("2026-04-15T09:00"))).isNull();
	}

	@Test
	@DisplayName("Art 86 clock stop: while information is requested the request is never overdue")
	void runningStop() {
		Instant submitted = at("2026-03-10T09:00");
		List<ClockStop> stops = List.of(new ClockStop(at("2026-04-01T10:00"), null));
		Deadline deadline = deadlines.compute(submitted, Period.ZERO, stops, at("2026-06-01T09:00"));
		assertThat(deadline.clockStopped()).isTrue();
		assertThat(deadline.stoppedSince()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(deadline.overdueOn(LocalDate.of(2026, 6, 1))).isFalse();
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 4, 10).plusDays(61));
	}

	@Test
	@DisplayName("Art 86 deadline is configuration: a 20-day period with no extension allowed")
	void configurable() {
		Deadlines short20 = new Deadlines(
				new DeadlineRules(Period.ofDays(20), Period.ZERO, Period.ofDays(20), BRUSSELS));
		Deadline deadline = short20.compute(at("2026-02-20T09:00"), Period.ZERO, List.of(), at("2026-02-21T09:00"));
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(short20.extensionProblem(deadline, Period.ZERO, 1, "x", at("2026-02-21T09:00")))
			.isEqualTo("explanation.extend.error.months");
	}

}
