package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.deployment.FriaService;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.testsupport.ConsoleTestData;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * One working session of a market surveillance authority in a real browser on PostgreSQL
 * and Elasticsearch: the dashboard with its charts rendered (screenshot), an organisation
 * approved, an Art 85 complaint read and closed, and a full reindex followed to the end,
 * with an accessibility check on every page.
 */
@PostgresTest
class ConsoleJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	ExplanationService explanations;

	@Autowired
	FriaService frias;

	@Autowired
	JdbcTemplate jdbc;

	Page regulator;

	@AfterEach
	void close() {
		if (regulator != null) {
			BrowserSupport.close(regulator);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	static String readString(Download download) {
		try {
			return Files.readString(download.path(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void open(String path) {
		regulator.navigate(url(path));
		ProviderPublishJourneyIT.waitForVaadin(regulator);
	}

	@Test
	@DisplayName("Art 70, Art 85, Art 86: a regulator reads the dashboard, approves an organisation, closes a complaint and reindexes")
	void regulatorSession() {
		ConsoleTestData data = new ConsoleTestData(testData, explanations, frias, jdbc);
		TestUser deployer = data.deployer();
		String system = data.publishSystem("Console Journey System " + ConsoleTestData.unique());
		data.overdueRequest(system, deployer);
		String complaint = data.complaint(system, deployer, "The deployer never answered my request.");
		TestUser pending = testData.pendingProvider();
		TestUser authority = data.regulator();

		regulator = BrowserSupport.newPage();
		regulator.navigate(url("login"));
		ProviderPublishJourneyIT.waitForVaadin(regulator);
		regulator.locator("input[name='username']").fill(authority.email());
		regulator.locator("input[name='password']").fill(TestData.PASSWORD);
		regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		org.airegistry.browser.SecondFactorSupport.enterCodeIfAsked(regulator);
		regulator.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));

		open("oversight");
		assertThat(regulator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Oversight dashboard")))
			.isVisible();
		assertThat(regulator.locator("#explanation-requests-per-state svg[role='img'] rect").first()).isVisible();
		assertThat(regulator.locator("#overdue-explanations-per-deployer svg[role='img']")).isVisible();
		assertThat(regulator.locator("#overdue-explanations-per-deployer"))
			.containsText(Pattern.compile("Overdue explanation requests per deployer"));
		assertThat(regulator.locator("#entries-per-area svg rect").first()).isVisible();
		assertThat(regulator.getByText(Pattern.compile("\\d+ overdue explanation requests? \\(Art 86\\)"))).isVisible();
		assertThat(regulator.getByText(Pattern.compile("\\d+ public-authority deployers? without any registration")))
			.isVisible();
		BrowserSupport.screenshot(regulator, "console-01-dashboard");
		BrowserSupport.assertNoAccessibilityViolations(regulator);
		// a chart's CSV is an export: its numbers arrive, and the audit trail says who
		// took it
		Download csv = regulator
			.waitForDownload(() -> regulator.locator("#explanation-requests-per-state a[download]").click());
		Assertions.assertThat(readString(csv)).startsWith("State,");
		// the download and the click that records it are separate requests: wait for the
		// record
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(15))
			.untilAsserted(() -> Assertions.assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM audit_event WHERE action = 'dashboard.exported' AND subject_id = ? AND actor_name = ?",
					Integer.class, "explanation-requests-per-state", authority.email()))
				.isEqualTo(1));

		open("oversight/organisations");
		BrowserSupport.assertNoAccessibilityViolations(regulator);
		regulator
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve " + pending.organisationName()))
			.click();
		// issue 21: an approval is confirmed first
		regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, approve")).click();
		assertThat(regulator.getByText(pending.organisationName() + " is approved")).isVisible();
		BrowserSupport.screenshot(regulator, "console-02-approved");

		open("oversight/complaints/" + complaint);
		assertThat(regulator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Complaint " + complaint)))
			.isVisible();
		assertThat(regulator.getByText("The deployer never answered my request.")).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(regulator);
		regulator.getByLabel("Outcome").fill("We ordered the deployer to answer within two weeks.");
		regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close with this outcome")).click();
		assertThat(regulator.getByText("The complaint is closed.")).isVisible();
		assertThat(regulator.getByText("We ordered the deployer to answer within two weeks.")).isVisible();
		assertThat(regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close with this outcome")))
			.hasCount(0);
		BrowserSupport.screenshot(regulator, "console-03-complaint-closed");

		open("oversight/search-index");
		BrowserSupport.assertNoAccessibilityViolations(regulator);
		regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reindex")).click();
		// a confirmation first, saying how many indices stay
		assertThat(regulator.getByText("Rebuild the search index?")).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(regulator);
		BrowserSupport.screenshot(regulator, "console-04-reindex-confirm");
		regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reindex now")).click();
		assertThat(regulator.getByText(Pattern.compile("^Done: [\\d,]+ (entry|entries) in ")))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		assertThat(regulator.locator("#reindex-progress")).hasJSProperty("value", 1);
		BrowserSupport.screenshot(regulator, "console-04-reindexed");
		BrowserSupport.assertNoAccessibilityViolations(regulator);
	}

}
