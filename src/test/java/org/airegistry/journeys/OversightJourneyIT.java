package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The oversight console in a real browser on PostgreSQL: a visitor reports an inaccuracy
 * on a public entry and keeps the private link; the provider answers; the regulator sees
 * the dashboard with rendered charts (and their table view), the report in the inbox and
 * every step in the audit trail, and downloads the trail as CSV.
 */
@PostgresTest
class OversightJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	Page visitor;

	Page provider;

	Page regulator;

	@AfterEach
	void close() {
		for (Page page : new Page[] { visitor, provider, regulator }) {
			if (page != null) {
				BrowserSupport.close(page);
			}
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	void logIn(Page page, String email) {
		page.navigate(url("login"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		page.locator("input[name='username']").fill(email);
		page.locator("input[name='password']").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		org.airegistry.browser.SecondFactorSupport.enterCodeIfAsked(page);
		page.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
	}

	void open(Page page, String path) {
		page.navigate(url(path));
		ProviderPublishJourneyIT.waitForVaadin(page);
	}

	@Test
	@DisplayName("Report an inaccuracy, provider answers, regulator sees dashboard charts, the report and the audit trail")
	void reportAnswerOversee() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		TestUser owner = testData.provider();
		String number = testData.publish(owner, TestData.sample("Overseen System " + unique));

		visitor = BrowserSupport.newPage();
		open(visitor, "systems/" + number + "/report");
		visitor.getByLabel("What is wrong").fill("The intended purpose mentions a feature that was removed in 2026.");
		BrowserSupport.assertNoAccessibilityViolations(visitor);
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();
		assertThat(visitor.getByText("Thank you, your report was sent")).isVisible();
		String reference = visitor.getByText(Pattern.compile("Your reference: R-"))
			.textContent()
			.replace("Your reference: ", "")
			.strip();
		String privateLink = visitor.locator("a[href^='reports/']").getAttribute("href");
		BrowserSupport.screenshot(visitor, "oversight-01-report-filed");

		provider = BrowserSupport.newPage();
		logIn(provider, owner.email());
		open(provider, "workspace/reports");
		assertThat(provider.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(reference))).isVisible();
		provider.getByLabel("Your answer").fill("The feature is still offered as an option; the text is right.");
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer without change")).click();
		assertThat(provider.getByText("Report " + reference + " closed.")).isVisible();

		open(visitor, privateLink);
		assertThat(visitor.getByText("Answered by the provider")).isVisible();
		assertThat(visitor.getByText("The feature is still offered as an option; the text is right.")).isVisible();

		TestUser authority = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		regulator = BrowserSupport.newPage();
		logIn(regulator, authority.email());
		open(regulator, "oversight");
		assertThat(regulator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Oversight dashboard")))
			.isVisible();
		assertThat(regulator.locator("#entries-per-area svg[role='img'] rect").first()).isVisible();
		assertThat(regulator.locator("#registrations-per-month svg rect").first()).isVisible();
		BrowserSupport.screenshot(regulator, "oversight-02-dashboard");
		BrowserSupport.assertNoAccessibilityViolations(regulator);
		regulator.locator("#entries-per-area")
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Show as table"))
			.click();
		assertThat(regulator.locator("#entries-per-area-table")).isVisible();
		assertThat(regulator.locator("#entries-per-area-table")).containsText("4 Employment");

		open(regulator, "oversight/reports");
		regulator.getByLabel("Status").click();
		regulator.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Any status")).click();
		assertThat(regulator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(reference))).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(regulator);

		open(regulator, "oversight/audit");
		regulator.getByLabel("Subject or user").fill(number);
		regulator.getByLabel("Subject or user").press("Enter");
		assertThat(regulator.locator("vaadin-grid")).containsText("report.answered");
		assertThat(regulator.locator("vaadin-grid")).containsText("report.filed");
		BrowserSupport.screenshot(regulator, "oversight-03-audit");
		BrowserSupport.assertNoAccessibilityViolations(regulator);
		Download download = regulator.waitForDownload(() -> regulator
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download these records as CSV"))
			.click());
		assertThat(download.suggestedFilename()).startsWith("audit-trail-").endsWith(".csv");
	}

}
