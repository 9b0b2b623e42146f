package org.airegistry.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.airegistry.publication.CanonicalJson;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of a report's content, for saving and for each kind of submission. */
class IncidentReportDataTest {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	static IncidentReportData initial() {
		return new IncidentReportData(ReportType.INITIAL, "Wrong dosage proposed", Set.of(MemberState.DE), null, null,
				Instant.parse("2026-12-03T08:00:00Z"), EnumSet.of(HarmCategory.HEALTH), false, false, false,
				SectoralRegime.NONE, null, "The system proposed a tenfold dosage.", "", "", "", "", "", "", false, "",
				"", "", "", List.of());
	}

	static IncidentReportData complete() {
		return new IncidentReportData(ReportType.COMPLETE, "Wrong dosage proposed", Set.of(MemberState.DE),
				LocalDate.of(2026, 12, 2), Instant.parse("2026-12-02T15:00:00Z"), Instant.parse("2026-12-03T08:00:00Z"),
				EnumSet.of(HarmCategory.HEALTH), false, false, false, SectoralRegime.NONE, 1,
				"The system proposed a tenfold dosage.", "A patient was hospitalised.", "Unit conversion bug.",
				"Feature switched off.", "", "", "", false, "", "", "", "incidents@example.org", List.of());
	}

	static List<String> fields(List<FieldError> problems) {
		return problems.stream().map(problem -> problem.field() + ":" + problem.messageKey()).toList();
	}

	@Test
	@DisplayName("Art 73(5): an initial report needs only what identifies the incident and starts the clock")
	void initialReport() {
		assertThat(initial().submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)).isEmpty();
		assertThat(fields(
				IncidentReportData.empty().submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)))
			.containsExactlyInAnyOrder("title:validation.required", "memberStates:validation.memberStates.required",
					"causalLinkAt:incident.validation.causalLinkAt.required",
					"categories:incident.validation.categories.required", "description:validation.required");
	}

	@Test
	@DisplayName("Art 73(2)-(4): a complete report needs the whole picture")
	void completeReport() {
		assertThat(complete().submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)).isEmpty();
		assertThat(fields(initial().withReportType(ReportType.COMPLETE)
			.submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)))
			.containsExactlyInAnyOrder("occurredOn:validation.required", "awareAt:validation.required",
					"harm:validation.required", "causalLink:validation.required",
					"immediateMeasures:validation.required", "contactPoint:validation.required");
	}

	@Test
	@DisplayName("Art 73(6): follow-ups need the investigation and risk assessment, or the corrective action")
	void followUps() {
		assertThat(fields(complete().withReportType(ReportType.INVESTIGATION)
			.submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)))
			.containsExactlyInAnyOrder("investigation:validation.required", "riskAssessment:validation.required");
		assertThat(fields(complete().withReportType(ReportType.CORRECTIVE_ACTION)
			.submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)))
			.containsExactly("correctiveActions:validation.required");
	}

	@Test
	@DisplayName("Art 73(6), second subparagraph: an altered system needs the details")
	void alteration() {
		IncidentReportData altered = new IncidentReportData(ReportType.COMPLETE, "T", Set.of(MemberState.DE),
				LocalDate.of(2026, 12, 2), Instant.parse("2026-12-02T15:00:00Z"), Instant.parse("2026-12-03T08:00:00Z"),
				EnumSet.of(HarmCategory.HEALTH), false, false, false, SectoralRegime.NONE, null, "d", "h", "c", "m", "",
				"", "", true, "", "", "", "desk@example.org", List.of());
		assertThat(fields(altered.submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)))
			.containsExactly("alterationDetails:validation.required");
	}

	@Test
	@DisplayName("Art 73(9)-(10): under another reporting regime only Art 3(49)(c) incidents are reported here")
	void sectoralRegimes() {
		IncidentReportData device = new IncidentReportData(ReportType.INITIAL, "T", Set.of(MemberState.DE), null, null,
				Instant.parse("2026-12-03T08:00:00Z"), EnumSet.of(HarmCategory.HEALTH), false, false, false,
				SectoralRegime.MEDICAL_DEVICES, null, "d", "", "", "", "", "", "", false, "", "", "", "", List.of());
		assertThat(fields(device.submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)))
			.containsExactly("categories:incident.validation.sectoralOnlyFundamentalRights");
		IncidentReportData rights = new IncidentReportData(ReportType.INITIAL, "T", Set.of(MemberState.DE), null, null,
				Instant.parse("2026-12-03T08:00:00Z"), EnumSet.of(HarmCategory.FUNDAMENTAL_RIGHTS), false, false, false,
				SectoralRegime.MEDICAL_DEVICES, null, "d", "", "", "", "", "", "", false, "", "", "", "", List.of());
		assertThat(rights.submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)).isEmpty();
	}

	@Test
	@DisplayName("Art 73(4): a death is harm to a person's health (Art 3(49)(a))")
	void deathNeedsHealth() {
		IncidentReportData death = new IncidentReportData(ReportType.INITIAL, "T", Set.of(MemberState.DE), null, null,
				Instant.parse("2026-12-03T08:00:00Z"), EnumSet.of(HarmCategory.FUNDAMENTAL_RIGHTS), true, false, false,
				SectoralRegime.NONE, null, "d", "", "", "", "", "", "", false, "", "", "", "", List.of());
		assertThat(fields(death.submissionProblems(ReporterRole.PROVIDER, Route.AUTHORITY, NOW, BRUSSELS)))
			.containsExactly("categories:incident.validation.deathNeedsHealth");
	}

	@Test
	@DisplayName("Art 26(5): a deployer who could not reach the provider says how it tried")
	void deployerAttempts() {
		assertThat(
				fields(initial().submissionProblems(ReporterRole.DEPLOYER, Route.PROVIDER_UNREACHABLE, NOW, BRUSSELS)))
			.containsExactly("providerContactAttempts:validation.required");
		assertThat(initial().submissionProblems(ReporterRole.DEPLOYER, Route.PROVIDER_FIRST, NOW, BRUSSELS)).isEmpty();
	}

	@Test
	@DisplayName("Bad input: bounded texts, no control characters, no future moments, causal link after awareness")
	void draftRules() {
		IncidentReportData bad = new IncidentReportData(ReportType.INITIAL, "x".repeat(201), Set.of(),
				LocalDate.of(2026, 12, 5), Instant.parse("2026-12-03T08:00:00Z"), Instant.parse("2026-12-02T08:00:00Z"),
				Set.of(), false, false, true, SectoralRegime.NONE, -1, "line\u0007bell", "", "", "", "", "", "", false,
				"", "", "", "", List.of());
		assertThat(fields(bad.draftProblems(ReporterRole.PROVIDER, NOW, BRUSSELS))).containsExactlyInAnyOrder(
				"title:validation.tooLong", "description:validation.controlCharacters",
				"affectedPersons:incident.validation.affectedPersons", "occurredOn:incident.validation.future",
				"causalLinkAt:incident.validation.causalLinkBeforeAwareness",
				"awareAt:incident.validation.awareBeforeOccurred",
				"cybersecurityBreach:incident.validation.cybersecurityGpaiOnly");
		IncidentReportData future = new IncidentReportData(ReportType.INITIAL, "T", Set.of(), null,
				Instant.parse("2026-12-05T08:00:00Z"), Instant.parse("2026-12-06T08:00:00Z"), Set.of(), false, false,
				false, SectoralRegime.NONE, null, "", "", "", "", "", "", "", false, "", "", "", "", List.of());
		assertThat(fields(future.draftProblems(ReporterRole.PROVIDER, NOW, BRUSSELS)))
			.containsExactlyInAnyOrder("awareAt:incident.validation.future", "causalLinkAt:incident.validation.future");
	}

	@Test
	@DisplayName("The canonical JSON (and its SHA-256) does not depend on the order sets were filled in")
	void canonical() {
		Set<MemberState> one = new LinkedHashSet<>(List.of(MemberState.SE, MemberState.AT, MemberState.DE));
		Set<MemberState> other = new LinkedHashSet<>(List.of(MemberState.DE, MemberState.SE, MemberState.AT));
		IncidentReportData a = complete();
		IncidentReportData b = new IncidentReportData(a.reportType(), a.title(), one, a.occurredOn(), a.awareAt(),
				a.causalLinkAt(), a.categories(), a.death(), a.widespreadInfringement(), a.cybersecurityBreach(),
				a.sectoralRegime(), a.affectedPersons(), a.description(), a.harm(), a.causalLink(),
				a.immediateMeasures(), a.investigation(), a.riskAssessment(), a.correctiveActions(), a.systemAltered(),
				a.alterationDetails(), a.otherAuthoritiesInformed(), a.providerContactAttempts(), a.contactPoint(),
				a.attachments());
		IncidentReportData c = new IncidentReportData(a.reportType(), a.title(), other, a.occurredOn(), a.awareAt(),
				a.causalLinkAt(), a.categories(), a.death(), a.widespreadInfringement(), a.cybersecurityBreach(),
				a.sectoralRegime(), a.affectedPersons(), a.description(), a.harm(), a.causalLink(),
				a.immediateMeasures(), a.investigation(), a.riskAssessment(), a.correctiveActions(), a.systemAltered(),
				a.alterationDetails(), a.otherAuthoritiesInformed(), a.providerContactAttempts(), a.contactPoint(),
				a.attachments());
		assertThat(CanonicalJson.write(b)).isEqualTo(CanonicalJson.write(c));
		assertThat(CanonicalJson.read(CanonicalJson.write(b), IncidentReportData.class)).isEqualTo(b);
	}

}
