package org.airegistry.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.airegistry.deployment.DeploymentOversight;
import org.airegistry.deployment.FriaService;
import org.airegistry.explanation.ExplanationOversight;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.registry.RegistryStatistics;
import org.airegistry.testsupport.ConsoleTestData;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The dashboard's explanation-request charts and the attention list's additions, without
 * a browser.
 */
@H2Test
class ConsoleDashboardViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	ExplanationService explanationService;

	@Autowired
	ExplanationOversight explanations;

	@Autowired
	DeploymentOversight deployments;

	@Autowired
	RegistryStatistics statistics;

	@Autowired
	FriaService frias;

	@Autowired
	JdbcTemplate jdbc;

	ConsoleTestData data;

	TestUser regulator;

	@BeforeEach
	void prepare() {
		data = new ConsoleTestData(testData, explanationService, frias, jdbc);
		regulator = data.regulator();
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	ChartPanel panel(String id) {
		return find(ChartPanel.class).withId(id).single();
	}

	static String text(com.vaadin.flow.component.Component component) {
		return component.getElement().getTextRecursively();
	}

	@Test
	@DisplayName("Art 86: requests by state and overdue requests per deployer as chart, table and CSV, without requester data")
	void explanationCharts() throws Exception {
		TestUser deployer = data.deployer();
		String system = data.publishSystem("Charted Explained " + ConsoleTestData.unique());
		String overdue = data.overdueRequest(system, deployer);
		String onTime = data.reference(data.verifiedRequest(system, deployer));

		testData.login(regulator);
		navigate(DashboardView.class);
		ChartPanel perState = panel("explanation-requests-per-state");
		assertThat(text(perState)).contains("Explanation requests by state (Art 86)").contains("Sent to the deployer");
		ChartPanel perDeployer = panel("overdue-explanations-per-deployer");
		NativeTable table = perDeployer.getChildren()
			.filter(NativeTable.class::isInstance)
			.map(NativeTable.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(table.getBody().getRows())
			.anySatisfy(row -> assertThat(text(row)).isEqualTo(deployer.organisationName() + "1"));

		DashboardView view = (DashboardView) getCurrentView();
		Chart overdueChart = view.overduePerDeployer(explanations.overview(ExplanationOversight.Filter.ALL));
		StringWriter csv = new StringWriter();
		ChartPanel.writeCsv(overdueChart, csv);
		assertThat(csv.toString()).startsWith("Deployer,Overdue requests").contains(deployer.organisationName() + ",1");
		Chart stateChart = view.requestsPerState(explanations.overview(ExplanationOversight.Filter.ALL));
		StringWriter stateCsv = new StringWriter();
		ChartPanel.writeCsv(stateChart, stateCsv);
		for (String leak : List.of(overdue, onTime, "@private.example", "rejected", "unfair")) {
			assertThat(text(view)).as("dashboard page").doesNotContain(leak);
			assertThat(csv.toString()).doesNotContain(leak);
			assertThat(stateCsv.toString()).doesNotContain(leak);
		}

		@SuppressWarnings("unchecked")
		ComboBox<org.airegistry.shared.MemberState> state = find(ComboBox.class).withLabelContaining("Member State")
			.single();
		test(state).selectItem("Malta");
		assertThat(text(panel("overdue-explanations-per-deployer"))).as("no deployer seated in Malta")
			.contains("No data for these filters.");
		test(state).selectItem("Germany");
		assertThat(text(panel("overdue-explanations-per-deployer"))).contains(deployer.organisationName());
		state.clear();
		// two days on: the statistics count days in the deadline zone (Europe/Brussels),
		// which
		// is already tomorrow between 23:00 and 24:00 UTC
		find(DatePicker.class).withLabel("Registered from").single().setValue(LocalDate.now().plusDays(2));
		assertThat(text(panel("explanation-requests-per-state"))).as("nothing submitted after today")
			.contains("No data for these filters.");
	}

	@Test
	@DisplayName("Art 86, Annex VIII A.8, Art 27(2), Art 49(3) and 26(8): the attention list names overdue requests, expired certificates, FRIAs awaiting update and unregistered public authorities")
	void attentionList() {
		long overdueBefore = testData.as(regulator, explanations::overdueCount);
		int expiredBefore = testData.as(regulator, statistics::expiredCertificates).size();
		int friasBefore = testData.as(regulator, deployments::friasAwaitingUpdate);
		int authoritiesBefore = testData.as(regulator, deployments::publicAuthoritiesWithoutRegistration).size();

		TestUser deployer = data.deployer();
		// test deployers are public bodies (TestData); this one is a body governed by
		// public
		// law, not a public authority, so that only the organisation below is counted as
		// an
		// unregistered public authority
		jdbc.update("UPDATE organisation SET public_authority = FALSE WHERE organisation_id = ?",
				deployer.organisation().value());
		String system = data.publishSystem("Attention System " + ConsoleTestData.unique());
		data.overdueRequest(system, deployer);
		String expired = data.publishWithCertificate("Expired Certificate " + ConsoleTestData.unique(),
				LocalDate.of(2025, 3, 31));
		String valid = data.publishWithCertificate("Valid Certificate " + ConsoleTestData.unique(),
				LocalDate.now().plusYears(3));
		data.friaAwaitingUpdate(system, deployer);
		TestUser authority = data.deployer();
		jdbc.update("UPDATE organisation SET public_authority = TRUE WHERE organisation_id = ?",
				authority.organisation().value());

		long overdue = testData.as(regulator, explanations::overdueCount);
		List<RegistryStatistics.ExpiredCertificate> expiredNow = testData.as(regulator,
				statistics::expiredCertificates);
		int friasNow = testData.as(regulator, deployments::friasAwaitingUpdate);
		int authoritiesNow = testData.as(regulator, deployments::publicAuthoritiesWithoutRegistration).size();
		assertThat(overdue).isEqualTo(overdueBefore + 1);
		assertThat(expiredNow).hasSize(expiredBefore + 1)
			.extracting(RegistryStatistics.ExpiredCertificate::registrationNumber)
			.contains(expired)
			.doesNotContain(valid);
		assertThat(friasNow).isEqualTo(friasBefore + 1);
		assertThat(authoritiesNow).isEqualTo(authoritiesBefore + 1);

		testData.login(regulator);
		navigate(DashboardView.class);
		assertThat(find(Anchor.class)
			.withText(overdue + (overdue == 1 ? " overdue explanation request" : " overdue explanation requests")
					+ " (Art 86): deployer past the response deadline")
			.single()
			.getHref()).isEqualTo("oversight/complaints");
		ListItem certificates = find(ListItem.class).withId("attention-expired-certificates").single();
		assertThat(text(certificates)).startsWith(expiredNow.size()
				+ (expiredNow.size() == 1 ? " entry whose review date passed" : " entries whose review date passed"))
			.contains("Annex VIII A.8")
			.contains("Art 44(2)");
		if (expiredNow.size() <= DashboardView.ATTENTION_LIMIT) {
			assertThat(text(certificates)).contains(expired).doesNotContain(valid);
		}
		assertThat(find(Anchor.class)
			.withText(friasNow + (friasNow == 1 ? " FRIA" : " FRIAs")
					+ " marked as no longer up to date and not yet notified again (Art 27(2), 27(3))")
			.exists()).isTrue();
		ListItem authorities = find(ListItem.class).withId("attention-unregistered-authorities").single();
		assertThat(text(authorities)).startsWith(
				authoritiesNow + (authoritiesNow == 1 ? " public-authority deployer" : " public-authority deployers")
						+ " without any registration (Art 49(3), Art 26(8))");
		assertThat(find(Paragraph.class).withText("Nothing needs your attention right now.").exists()).isFalse();
	}

	@Test
	@DisplayName("Art 49(4), Annex VIII A.8: an entry now in the non-public section whose certificate expired is on "
			+ "the attention list only for a user who may read that section (DD048)")
	void expiredCertificateOfANonPublicEntry() {
		String name = "Reclassified Certificate " + ConsoleTestData.unique();
		String number = data.publishWithCertificate(name, LocalDate.now().minusDays(3));
		// the entry was published in the public section with its certificate; a stricter
		// reading of Art 49(4) moved it into the non-public section since
		// (Point1PolicyReconciler), with the certificate still in its latest version
		jdbc.update("UPDATE ai_system_version SET visibility = 'RESTRICTED' WHERE ai_system_id = "
				+ "(SELECT ai_system_id FROM ai_system WHERE registration_number = ?)", number);
		jdbc.update("UPDATE ai_system SET visibility = 'RESTRICTED' WHERE registration_number = ?", number);

		TestUser withoutSection = testData.regulator(org.airegistry.shared.MemberState.DE);
		assertThat(testData.as(withoutSection, statistics::expiredCertificates))
			.extracting(RegistryStatistics.ExpiredCertificate::registrationNumber)
			.doesNotContain(number);
		assertThat(testData.as(regulator, statistics::expiredCertificates))
			.as("the regulator holds every competence; the entry has no public page")
			.filteredOn(line -> line.registrationNumber().equals(number))
			.singleElement()
			.extracting(RegistryStatistics.ExpiredCertificate::page)
			.isEqualTo("oversight/restricted/" + number);

		testData.login(withoutSection);
		navigate(DashboardView.class);
		assertThat(text(find(ListItem.class).withId("attention-expired-certificates").single())).doesNotContain(number)
			.doesNotContain(name);
	}

}
