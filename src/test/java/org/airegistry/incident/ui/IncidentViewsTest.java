package org.airegistry.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.incident.Authorities;
import org.airegistry.incident.HarmCategory;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentReportData;
import org.airegistry.incident.IncidentRoutes;
import org.airegistry.incident.IncidentService;
import org.airegistry.incident.ReportType;
import org.airegistry.incident.Route;
import org.airegistry.incident.SectoralRegime;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.NotFoundView;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The serious-incident views without a browser, on H2: the deadline with its work,
 * messages next to the fields, organisation scope by URL, the authority's inbox and its
 * actions, the dashboard's attention list.
 */
@H2Test
class IncidentViewsTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	IncidentService incidents;

	@Autowired
	OrganisationService organisations;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	String text() {
		return ((Component) getCurrentView()).getElement().getTextRecursively();
	}

	IncidentReport started(TestUser provider) {
		String number = testData.publish(provider, TestData.sample("Viewed Advisor " + UUID.randomUUID()));
		return testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
	}

	@Test
	@DisplayName("Art 73(2), Art 73(5): submitting an empty report marks every missing field next to it; nothing is sent")
	void messagesNextToFields() {
		TestUser provider = testData.provider();
		IncidentReport report = started(provider);
		testData.login(provider);
		UI.getCurrent().navigate(IncidentRoutes.report(report.id()));
		assertThat(getCurrentView()).isInstanceOf(IncidentEditorView.class);
		assertThat(text()).contains("Enter when the causal link");

		test(find(Button.class).withText("Submit to the authorities").single()).click();

		TextField title = find(TextField.class).withLabel("Title").single();
		assertThat(title.isInvalid()).isTrue();
		assertThat(title.getErrorMessage()).isEqualTo("This field is required.");
		DateTimePicker causal = find(DateTimePicker.class).withLabelContaining("When you established the causal link")
			.single();
		assertThat(causal.isInvalid()).isTrue();
		assertThat(causal.getErrorMessage()).contains("the deadline runs from then (Art 73(2))");
		TextArea description = find(TextArea.class).withLabel("Description of the incident").single();
		assertThat(description.getErrorMessage()).isEqualTo("This field is required.");
		assertThat(testData.as(provider, () -> incidents.open(report.id()).versions())).isEmpty();
	}

	@Test
	@DisplayName("Art 73(4): a death gives 10 days, shown with the day the period ends; a report after it is marked late")
	void deadlineShown() {
		TestUser provider = testData.provider();
		IncidentReport report = started(provider);
		testData.run(provider,
				() -> incidents.save(report.id(), report.lockVersion(),
						new IncidentReportData(ReportType.INITIAL, "Fatal", Set.of(MemberState.DE), null, null,
								// 20 days: Regulation 1182/71 ends a period that falls on
								// a
								// Saturday, Sunday or holiday at the end of the next
								// working
								// day, so 11 days before a Saturday night (Brussels time)
								// still
								// left "1 d 23 h" (full build, 2026-12-05 23:08 UTC)
								Instant.now().minus(Duration.ofDays(20)), EnumSet.of(HarmCategory.HEALTH), true, false,
								false, SectoralRegime.NONE, null, "A patient died.", "", "", "", "", "", "", false, "",
								"", "", "", List.of())));
		testData.login(provider);
		UI.getCurrent().navigate(IncidentRoutes.report(report.id()));
		Paragraph deadline = find(Paragraph.class).withId("incident-deadline").single();
		assertThat(deadline.getText()).startsWith("At the latest by")
			.contains("10 days for the death of a person (Art 73(4))");
		assertThat(find(Paragraph.class).withId("incident-deadline-status").single().getText())
			.contains("The deadline has passed");
		test(find(Button.class).withText("Submit to the authorities").single()).click();
		assertThat(find(Paragraph.class).withId("incident-deadline-status").single().getText())
			.contains("after the deadline (marked late)");
	}

	@Test
	@DisplayName("Issue 13: a submitted report without changes offers no submission, with the reason next to the "
			+ "button; a changed input offers it; leaving with the change unsaved asks first")
	void submitOnlyWithAChange() {
		TestUser provider = testData.provider();
		IncidentReport report = started(provider);
		testData.run(provider, () -> {
			IncidentReport saved = incidents.save(report.id(), report.lockVersion(),
					new IncidentReportData(ReportType.INITIAL, "Unchanged " + report.reference(),
							Set.of(MemberState.DE), null, null, Instant.now().minusSeconds(600),
							EnumSet.of(HarmCategory.HEALTH), false, false, false, SectoralRegime.NONE, null,
							"Wrong advice.", "", "", "", "", "", "", false, "", "", "", "", List.of()));
			incidents.submit(saved.id(), saved.lockVersion(), "");
		});
		testData.login(provider);
		UI.getCurrent().navigate(IncidentRoutes.report(report.id()));
		Button submit = find(Button.class).withText("Submit to the authorities").single();
		Paragraph reason = find(Paragraph.class).withClassName("publish-reason").single();
		assertThat(submit.isEnabled()).isFalse();
		assertThat(reason.getText())
			.isEqualTo("There are no changes to submit: the authorities already have this version of the report.");

		test(find(TextField.class).withLabel("Title").single()).setValue("Changed " + report.reference());
		assertThat(submit.isEnabled()).isTrue();
		assertThat(reason.isVisible()).isFalse();

		UI.getCurrent().navigate(IncidentRoutes.WORKSPACE);
		com.vaadin.flow.component.confirmdialog.ConfirmDialog ask = find(
				com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
			.all()
			.stream()
			.filter(dialog -> dialog.hasClassName("leave-confirmation") && dialog.isOpened())
			.findFirst()
			.orElseThrow();
		test(ask).confirm();
		assertThat(getCurrentView()).isNotInstanceOf(IncidentEditorView.class);
	}

	@Test
	@DisplayName("Organisation scope: another provider opening a report by URL gets 'not found'")
	void otherProvidersReport() {
		IncidentReport report = started(testData.provider());
		testData.login(testData.provider());
		UI.getCurrent().navigate(IncidentRoutes.report(report.id()));
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		UI.getCurrent().navigate(IncidentRoutes.WORKSPACE + "/not-a-report");
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

	@Test
	@DisplayName("Art 73(8): the authority sees the report in its inbox, acknowledges it and records measures next to the form")
	void authorityHandles() {
		TestUser provider = testData.provider();
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		IncidentReport report = started(provider);
		testData.run(provider, () -> {
			IncidentReport saved = incidents.save(report.id(), report.lockVersion(),
					new IncidentReportData(ReportType.INITIAL, "Inbox " + report.reference(), Set.of(MemberState.MT),
							null, null, Instant.now().minusSeconds(600), EnumSet.of(HarmCategory.HEALTH), false, false,
							false, SectoralRegime.NONE, null, "Wrong advice.", "", "", "", "", "", "", false, "", "",
							"", "", List.of()));
			incidents.submit(saved.id(), saved.lockVersion(), "");
		});
		testData.login(malta);
		UI.getCurrent().navigate(IncidentRoutes.INBOX);
		assertThat(getCurrentView()).isInstanceOf(IncidentInboxView.class);
		@SuppressWarnings("unchecked")
		Grid<Object> grid = find(Grid.class).single();
		assertThat(test(grid).size()).isPositive();

		UI.getCurrent().navigate(IncidentRoutes.inboxReport(report.id()));
		assertThat(getCurrentView()).isInstanceOf(IncidentCaseView.class);
		test(find(Button.class).withText("Acknowledge receipt").single()).click();
		assertThat(find(Button.class).withText("Acknowledge receipt").exists()).isFalse();
		test(find(Button.class).withText("Record the measures").single()).click();
		TextArea measures = find(TextArea.class).withLabel("Measures and reasons").single();
		assertThat(measures.isInvalid()).isTrue();
		assertThat(measures.getErrorMessage()).isEqualTo("Write at least 10 characters.");

		TestUser otherAuthority = Authorities.of(organisations, MemberState.LU);
		testData.login(otherAuthority);
		UI.getCurrent().navigate(IncidentRoutes.inboxReport(report.id()));
		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
	}

}
