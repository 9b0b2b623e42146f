package org.airegistry.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which reporting period applies, from when it runs, and when the reporter is reminded.
 */
class IncidentDeadlinesTest {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static IncidentDeadlines deadlines(ClockStart start) {
		return new IncidentDeadlines(new IncidentSettings(start, BRUSSELS, Set.of(), Period.ofDays(3), 7,
				Period.ofDays(30), Duration.ofMinutes(10)));
	}

	static IncidentReportData facts(Set<HarmCategory> categories, boolean death, boolean widespread,
			boolean cybersecurity) {
		return new IncidentReportData(ReportType.INITIAL, "Title", Set.of(MemberState.DE), null,
				Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-02T09:00:00Z"), categories, death,
				widespread, cybersecurity, SectoralRegime.NONE, null, "What happened", "", "", "", "", "", "", false,
				"", "", "", "", List.of());
	}

	static Stream<Arguments> cases() {
		Set<HarmCategory> health = EnumSet.of(HarmCategory.HEALTH);
		Set<HarmCategory> infrastructure = EnumSet.of(HarmCategory.CRITICAL_INFRASTRUCTURE);
		Set<HarmCategory> rights = EnumSet.of(HarmCategory.FUNDAMENTAL_RIGHTS);
		return Stream.of(
				Arguments.of("Art 73(2): serious harm to health, 15 days", ReporterRole.PROVIDER,
						facts(health, false, false, false), DeadlineCase.GENERAL, 15),
				Arguments.of("Art 73(2): infringement of fundamental-rights obligations, 15 days",
						ReporterRole.PROVIDER, facts(rights, false, false, false), DeadlineCase.GENERAL, 15),
				Arguments.of("Art 73(4): the death of a person, 10 days", ReporterRole.PROVIDER,
						facts(health, true, false, false), DeadlineCase.DEATH, 10),
				Arguments.of("Art 73(3): critical infrastructure (Art 3(49)(b)), 2 days", ReporterRole.PROVIDER,
						facts(infrastructure, false, false, false), DeadlineCase.CRITICAL_INFRASTRUCTURE, 2),
				Arguments.of("Art 73(3): a widespread infringement (Art 3(61)), 2 days", ReporterRole.PROVIDER,
						facts(rights, false, true, false), DeadlineCase.WIDESPREAD_INFRINGEMENT, 2),
				Arguments.of("Art 73(3), 73(4): a death in a critical-infrastructure incident takes the shorter 2 days",
						ReporterRole.PROVIDER,
						facts(EnumSet.of(HarmCategory.HEALTH, HarmCategory.CRITICAL_INFRASTRUCTURE), true, false,
								false),
						DeadlineCase.CRITICAL_INFRASTRUCTURE, 2),
				Arguments.of("Art 26(5): Art 73 applies to a deployer mutatis mutandis", ReporterRole.DEPLOYER,
						facts(health, true, false, false), DeadlineCase.DEATH, 10),
				Arguments.of("Art 55(1)(c), Code of Practice: GPAI critical infrastructure, 2 days",
						ReporterRole.GPAI_PROVIDER, facts(infrastructure, false, false, false),
						DeadlineCase.GPAI_CRITICAL_INFRASTRUCTURE, 2),
				Arguments.of("Art 55(1)(c), Code of Practice: GPAI serious cybersecurity breach, 5 days",
						ReporterRole.GPAI_PROVIDER, facts(rights, false, false, true), DeadlineCase.GPAI_CYBERSECURITY,
						5),
				Arguments.of("Art 55(1)(c), Code of Practice: GPAI death, 10 days", ReporterRole.GPAI_PROVIDER,
						facts(health, true, false, false), DeadlineCase.GPAI_DEATH, 10),
				Arguments.of("Art 55(1)(c), Code of Practice: other GPAI serious incident, 15 days",
						ReporterRole.GPAI_PROVIDER, facts(rights, false, false, false), DeadlineCase.GPAI_OTHER, 15));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	@DisplayName("Art 73(2)-(4), Art 55(1)(c): the period follows the kind of incident")
	void period(String name, ReporterRole role, IncidentReportData facts, DeadlineCase expected, int days) {
		IncidentDeadline deadline = deadlines(ClockStart.CAUSAL_LINK).of(role, facts).orElseThrow();
		assertThat(deadline.deadlineCase()).isEqualTo(expected);
		assertThat(deadline.deadlineCase().days()).isEqualTo(days);
		assertThat(deadline.deadlineCase().law()).isEqualTo(role != ReporterRole.GPAI_PROVIDER);
		assertThat(deadline.clockStart()).isEqualTo(facts.causalLinkAt());
	}

	@Test
	@DisplayName("Art 73(2): 15 days from establishing the causal link on Wednesday 2 Dec end with Thursday 17 Dec")
	void fromCausalLink() {
		IncidentDeadline deadline = deadlines(ClockStart.CAUSAL_LINK)
			.of(ReporterRole.PROVIDER, facts(EnumSet.of(HarmCategory.HEALTH), false, false, false))
			.orElseThrow();
		assertThat(deadline.period().lastDay()).isEqualTo(LocalDate.of(2026, 12, 17));
		assertThat(deadline.inTime(Instant.parse("2026-12-17T22:59:59Z"))).isTrue();
		assertThat(deadline.inTime(Instant.parse("2026-12-17T23:00:00Z"))).as("midnight in Brussels").isFalse();
	}

	@Test
	@DisplayName("DD080: the stricter reading counts from first knowledge of the incident")
	void fromAwareness() {
		IncidentDeadline deadline = deadlines(ClockStart.AWARENESS)
			.of(ReporterRole.PROVIDER, facts(EnumSet.of(HarmCategory.HEALTH), false, false, false))
			.orElseThrow();
		assertThat(deadline.clockStart()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
		assertThat(deadline.period().lastDay()).isEqualTo(LocalDate.of(2026, 12, 16));
	}

	@Test
	@DisplayName("Art 73(2): without the moment the period runs from there is no deadline yet")
	void noClockYet() {
		assertThat(deadlines(ClockStart.CAUSAL_LINK).of(ReporterRole.PROVIDER, IncidentReportData.empty())).isEmpty();
	}

	@Test
	@DisplayName("Reminders: three days before a 15-day deadline, half the period before a 2-day one")
	void reminders() {
		IncidentDeadlines deadlines = deadlines(ClockStart.CAUSAL_LINK);
		IncidentDeadline general = deadlines
			.of(ReporterRole.PROVIDER, facts(EnumSet.of(HarmCategory.HEALTH), false, false, false))
			.orElseThrow();
		assertThat(deadlines.reminderAt(general)).isEqualTo(general.dueAt().minus(Duration.ofDays(3)));
		IncidentDeadline urgent = deadlines
			.of(ReporterRole.PROVIDER, facts(EnumSet.of(HarmCategory.CRITICAL_INFRASTRUCTURE), false, false, false))
			.orElseThrow();
		Duration period = Duration.between(urgent.clockStart(), urgent.dueAt());
		assertThat(deadlines.reminderAt(urgent)).isEqualTo(urgent.dueAt().minus(period.dividedBy(2)));
	}

	@Test
	@DisplayName("Art 73(8): the authority's 7 days for measures run from receipt")
	void measures() {
		LegalPeriods.PeriodEnd period = deadlines(ClockStart.CAUSAL_LINK)
			.measuresPeriod(Instant.parse("2026-12-02T10:00:00Z"));
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 12, 9));
	}

}
