package org.airegistry.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.incident.Authorities;
import org.airegistry.incident.HarmCategory;
import org.airegistry.incident.IncidentOversight;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentReportData;
import org.airegistry.incident.IncidentService;
import org.airegistry.incident.ReportType;
import org.airegistry.incident.Route;
import org.airegistry.incident.SectoralRegime;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;

/**
 * The console's dashboard for serious incidents and real-world tests (issue 18): the
 * attention list of the regulator's own authority counts reports that came late and
 * reports it has not acknowledged, and the charts count incidents per month, per Annex
 * III area and per Member State with the on-time rate, without any report's content.
 */
@H2Test
class IncidentConsoleDashboardTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	OrganisationService organisations;

	@Autowired
	IncidentService incidents;

	@Autowired
	IncidentOversight oversight;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	static String text(com.vaadin.flow.component.Component component) {
		return component.getElement().getTextRecursively();
	}

	@Test
	@DisplayName("Art 73(2)-(4), Art 73(8): a late report to the authority's Member State shows in its attention list and charts, its content nowhere")
	void lateReportCounted() throws Exception {
		// Slovenia: no other test gives it an authority, so the counts are this test's
		// own
		TestUser slovenia = Authorities.of(organisations, MemberState.SI);
		TestUser provider = testData.provider();
		String secret = "Secret title " + UUID.randomUUID();
		String number = testData.publish(provider, TestData.sample("Dashboard Advisor " + UUID.randomUUID()));
		testData.run(provider, () -> {
			IncidentReport report = incidents.startForSystem(number, Route.AUTHORITY);
			IncidentReport saved = incidents.save(report.id(), report.lockVersion(),
					new IncidentReportData(ReportType.INITIAL, secret, Set.of(MemberState.SI), null, null,
							Instant.now().minus(Duration.ofDays(40)), EnumSet.of(HarmCategory.HEALTH), false, false,
							false, SectoralRegime.NONE, null, "A wrong ranking delayed treatment.", "", "", "", "", "",
							"", false, "", "", "", "", List.of()));
			incidents.submit(saved.id(), saved.lockVersion(), "");
		});

		testData.login(slovenia);
		navigate(DashboardView.class);
		assertThat(text(find(ListItem.class).withId("attention-incident-late").single()))
			.isEqualTo("1 open serious-incident report that came after the reporter’s deadline (Art 73(2)-(4))");
		assertThat(text((com.vaadin.flow.component.Component) getCurrentView()))
			.contains("1 serious-incident report received, not acknowledged yet")
			.contains("1 open report without a recorded notification of the Commission (Art 73(11))")
			.doesNotContain(secret);

		ChartPanel perMonth = find(ChartPanel.class).withId("incidents-per-month").single();
		assertThat(text(perMonth)).contains("Serious incidents reported per month").contains("Late");
		ChartPanel perState = find(ChartPanel.class).withId("incidents-per-member-state").single();
		assertThat(text(perState)).contains("Serious incidents per Member State");
		assertThat(find(ChartPanel.class).withId("incidents-per-area").exists()).isTrue();
		assertThat(find(ChartPanel.class).withId("tests-per-state").exists()).isTrue();

		DashboardView view = (DashboardView) getCurrentView();
		IncidentOversight.Statistics statistics = oversight
			.statistics(new IncidentOversight.Filter(MemberState.SI, null, null));
		assertThat(statistics.onTimeRate()).as("the only Slovenian report came late").isZero();
		StringWriter csv = new StringWriter();
		ChartPanel.writeCsv(view.incidentsPerMonth(statistics, java.util.Locale.ENGLISH), csv);
		assertThat(csv.toString()).contains("1").doesNotContain(secret);
		// issue 21: a month reads as a month of a year ("Dec 2026"), never as a day ("Dec
		// 26")
		String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Brussels"))
			.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH));
		assertThat(view.incidentsPerMonth(statistics, java.util.Locale.ENGLISH).categories()).contains(thisMonth)
			.allMatch(label -> label.matches("[A-Z][a-z]{2} \\d{4}"));
		// tomorrow in the calendar the registry counts days in (between 23:00 and 24:00
		// UTC the JVM's date is a day behind Brussels)
		LocalDate registryTomorrow = LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).plusDays(1);
		IncidentOversight.Statistics tomorrow = oversight
			.statistics(new IncidentOversight.Filter(MemberState.SI, registryTomorrow, null));
		assertThat(tomorrow.perMonth()).as("nothing reported after today").isEmpty();
	}

}
