package org.airegistry.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditTrail;
import org.airegistry.oversight.ui.DashboardView;
import org.airegistry.portal.PublicEntryView;
import org.airegistry.publication.Freshness;
import org.airegistry.registry.ProviderContacts;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestMailServer;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Issue 21, freshness: the provider confirms with one click that a published entry is
 * still accurate (no new version, audited); the public page says when it was last
 * confirmed and marks it when that is longer ago than the review interval (12 months by
 * default), which the regulator's attention list names too.
 */
@H2Test
class FreshnessViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Freshness reminders;

	@Autowired
	ProviderContacts contacts;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	/** Moves the publication of the entry (one version) back by the days given. */
	void backdate(String registrationNumber, int days) {
		jdbc.update(
				"UPDATE ai_system_version SET published_at = ? "
						+ "WHERE ai_system_id = (SELECT ai_system_id FROM ai_system WHERE registration_number = ?)",
				Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), registrationNumber);
	}

	/** The workspace's confirmation cell of the organisation's (only) entry. */
	@SuppressWarnings("unchecked")
	Div confirmationCell() {
		Grid<WorkspaceEntry> grid = find(Grid.class).single();
		return (Div) test(grid).getCellComponent(0, "confirmed");
	}

	/** "Still accurate" in the workspace. */
	void confirmFirstEntry() {
		confirm(confirmationCell());
	}

	void confirm(Div cell) {
		Button confirm = cell.getChildren()
			.filter(Button.class::isInstance)
			.map(Button.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(confirm.getText()).isEqualTo("Still accurate");
		confirm.click();
	}

	String confirmedOn() {
		return find(Span.class).withClassName("entry-confirmed-on").single().getText();
	}

	@Test
	@DisplayName("Issue 21 (freshness): one click confirms a published entry as current without a new version; audited; the public page says when")
	void oneClickConfirmation() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Fresh Screening"));
		backdate(number, 100);
		UI.getCurrent().navigate("systems/" + number);
		assertThat(getCurrentView()).isInstanceOf(PublicEntryView.class);
		String before = confirmedOn();
		assertThat(find(Paragraph.class).withClassName("entry-stale").exists()).isFalse();
		TestUser regulator = testData.regulator(org.airegistry.shared.MemberState.DE);
		long audited = testData.as(regulator,
				() -> audit.count(new AuditFilter("record.confirmed", number, null, null)));

		testData.login(provider);
		UI.getCurrent().navigate(WorkspaceView.class);
		confirmFirstEntry();

		WorkspaceEntry entry = registry.myEntries().getFirst();
		assertThat(entry.publishedVersion()).as("a confirmation is no version").isEqualTo(1);
		assertThat(registry.standing(entry.id()).orElseThrow().withoutChange()).isTrue();
		SecurityContextHolder.clearContext();
		assertThat(testData.as(regulator, () -> audit.count(new AuditFilter("record.confirmed", number, null, null))))
			.isEqualTo(audited + 1);
		UI.getCurrent().navigate("systems/" + number);
		assertThat(confirmedOn()).as("confirmed today, not 100 days ago").isNotEqualTo(before);
	}

	@Test
	@DisplayName("Issue 21 (freshness): an entry neither updated nor confirmed for longer than the review interval is marked on its public page and named in the attention list")
	void notConfirmedInTime() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Stale Screening"));
		backdate(number, 400);

		UI.getCurrent().navigate("systems/" + number);
		assertThat(find(Paragraph.class).withClassName("entry-stale").single().getText())
			.startsWith("Not confirmed in time: the provider has not confirmed for more than 12 months");

		testData.login(testData.regulator(org.airegistry.shared.MemberState.DE));
		UI.getCurrent().navigate(DashboardView.class);
		ListItem item = find(ListItem.class).withId("attention-not-confirmed").single();
		assertThat(item.getElement().getTextRecursively()).contains("not confirmed as current in time")
			.contains(number)
			.contains("Moderate");

		testData.login(provider);
		UI.getCurrent().navigate(WorkspaceView.class);
		// the grid renders a new cell each time it is asked: the same cell throughout
		Div cell = confirmationCell();
		Span when = (Span) cell.getChildren().findFirst().orElseThrow();
		assertThat(when.getElement().getAttribute("data-overdue")).isEqualTo("true");
		assertThat(when.getText()).contains("review overdue");
		confirm(cell);
		assertThat(when.getElement().getAttribute("data-overdue")).isEqualTo("false");
		SecurityContextHolder.clearContext();
		UI.getCurrent().navigate("systems/" + number);
		assertThat(find(Paragraph.class).withClassName("entry-stale").exists()).as("confirmed again").isFalse();
	}

	@Test
	@DisplayName("Issue 21 (freshness): before the confirmation runs out the provider gets one reminder mail per due date, with the entry and a link to the workspace")
	void reminderBeforeDue() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Reminded Screening"));
		String mailbox = contacts.mailbox(provider.organisation()).orElseThrow().email();
		int before = TestMailServer.mailsTo(mailbox).size();
		backdate(number, 300);
		reminders.remindDue();
		assertThat(TestMailServer.mailsTo(mailbox)).as("not yet within the month before it is due").hasSize(before);

		backdate(number, 350);
		assertThat(reminders.remindDue()).isPositive();
		TestMailServer.Mail mail = TestMailServer.awaitMail(mailbox, before + 1);
		assertThat(mail.subject()).contains(number);
		assertThat(mail.body()).contains("Reminded Screening");
		assertThat(mail.link("workspace")).isNotBlank();
		assertThat(reminders.remindDue()).as("one reminder per due date").isZero();
	}

	@Autowired
	org.airegistry.deployment.DeploymentService deployments;

	@Autowired
	org.airegistry.deployment.FriaService frias;

	@Autowired
	org.airegistry.gpai.GpaiService models;

	/** Publishes a registration of the use of the system by a new deployer. */
	org.airegistry.deployment.Deployment publishRegistration(TestUser deployer, String number) {
		return testData.as(deployer, () -> {
			org.airegistry.deployment.Fria fria = frias.openOrStart(number);
			fria = frias.save(fria.id(), fria.lockVersion(),
					new org.airegistry.deployment.FriaData(org.airegistry.deployment.FriaBasis.PRIVATE_PUBLIC_SERVICE,
							"Processes", "Daily", "Tenants", "Risks", "Review", "Complaints desk", "", ""));
			frias.complete(fria.id(), fria.lockVersion());
			org.airegistry.deployment.Deployment draft = deployments.start(number);
			org.airegistry.deployment.Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					new org.airegistry.deployment.DeploymentData("Street 1", "ai@example.org", "IT department",
							"C4 summary", false, "", java.util.Set.of(org.airegistry.shared.MemberState.AT),
							java.time.LocalDate.of(2028, 2, 1), null,
							org.airegistry.deployment.RegistrationBasis.PUBLIC_AUTHORITY, ""));
			deployments.publish(saved.id(), saved.lockVersion(), "");
			return saved;
		});
	}

	@Test
	@DisplayName("Issue 21 (freshness), Art 49(3): a deployer registration not confirmed in time is marked on its public "
			+ "page and in the attention list; one click in My deployments confirms it, audited, without a new version")
	void deploymentNotConfirmedInTime() {
		String number = testData.publish(testData.provider(), TestData.sample("Stale Deployment"));
		TestUser deployer = testData.user(org.airegistry.shared.Role.DEPLOYER,
				org.airegistry.organisation.OrganisationRole.DEPLOYER,
				org.airegistry.organisation.OrganisationStatus.ACTIVE);
		org.airegistry.deployment.Deployment registration = publishRegistration(deployer, number);
		jdbc.update("UPDATE deployment_version SET published_at = ? WHERE deployment_id = ?",
				Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), registration.id().value());

		UI.getCurrent().navigate("deployments/" + registration.id().value());
		assertThat(find(Paragraph.class).withClassName("entry-stale").single().getText())
			.startsWith("Not confirmed in time: the deployer has not confirmed for more than 12 months");
		assertThat(confirmedOn()).isNotBlank();

		TestUser regulator = testData.regulator(org.airegistry.shared.MemberState.DE);
		testData.login(regulator);
		UI.getCurrent().navigate(DashboardView.class);
		assertThat(find(ListItem.class).withId("attention-not-confirmed").single().getElement().getTextRecursively())
			.contains(number + ": deployer registration of " + deployer.organisationName());
		long audited = audit
			.count(new AuditFilter("record.confirmed", registration.id().value().toString(), null, null));

		testData.login(deployer);
		UI.getCurrent().navigate(org.airegistry.deployment.ui.MyDeploymentsView.class);
		confirmFirstEntry();
		assertThat(deployments.open(registration.id()).publishedVersion()).as("a confirmation is no version")
			.isEqualTo(1);
		SecurityContextHolder.clearContext();
		UI.getCurrent().navigate("deployments/" + registration.id().value());
		assertThat(find(Paragraph.class).withClassName("entry-stale").exists()).as("confirmed again").isFalse();
		assertThat(testData.as(regulator,
				() -> audit
					.count(new AuditFilter("record.confirmed", registration.id().value().toString(), null, null))))
			.isEqualTo(audited + 1);
	}

	@Test
	@DisplayName("Issue 21 (freshness), Art 53(1)(b): a GPAI model page not confirmed in time is marked on its public "
			+ "page and in the attention list; one click among the provider's model pages confirms it")
	void modelNotConfirmedInTime() {
		TestUser provider = testData.provider();
		org.airegistry.gpai.GpaiModelId model = testData.as(provider, () -> {
			org.airegistry.publication.Draft<org.airegistry.gpai.GpaiModelId, org.airegistry.gpai.GpaiModelData> draft = models
				.createDraft(org.airegistry.gpai.GpaiSamples.complete("Stale Model"));
			models.saveTechnicalDocumentation(draft.id(), "ANNEX-XI");
			models.publish(draft.id(), draft.lockVersion(), "");
			return draft.id();
		});
		jdbc.update("UPDATE gpai_model_version SET published_at = ? WHERE gpai_model_id = ?",
				Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), model.value());

		UI.getCurrent().navigate(org.airegistry.gpai.GpaiRoutes.permalink(model));
		assertThat(find(Paragraph.class).withClassName("entry-stale").single().getText())
			.startsWith("Not confirmed in time: the provider has not confirmed for more than 12 months");

		testData.login(testData.regulator(org.airegistry.shared.MemberState.DE));
		UI.getCurrent().navigate(DashboardView.class);
		assertThat(find(ListItem.class).withId("attention-not-confirmed").single().getElement().getTextRecursively())
			.contains("GPAI model Stale Model: confirmation due on");

		testData.login(provider);
		UI.getCurrent().navigate(org.airegistry.gpai.ui.GpaiWorkspaceView.class);
		Button confirm = find(Button.class).withText("Still accurate").single();
		test(confirm).click();
		assertThat(models.open(model).publishedVersion()).as("a confirmation is no version").isEqualTo(1);
		SecurityContextHolder.clearContext();
		UI.getCurrent().navigate(org.airegistry.gpai.GpaiRoutes.permalink(model));
		assertThat(find(Paragraph.class).withClassName("entry-stale").exists()).as("confirmed again").isFalse();
	}

}
