package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.airegistry.journeys.ProviderPublishJourneyIT.waitForVaadin;

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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Deployer journey in a real browser against PostgreSQL: a deployer finds a provider's
 * system, completes and notifies its fundamental-rights impact assessment (Art 27),
 * registers its use (Annex VIII Section C); the system's public page lists the deployer
 * with its FRIA summary; the regulator sees the notification in the inbox. Axe checks on
 * every page.
 */
@PostgresTest
class DeployerJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	Page page;

	@AfterEach
	void close() {
		if (page != null) {
			BrowserSupport.close(page);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	void login(Page target, TestUser user) {
		target.navigate(url("login"));
		waitForVaadin(target);
		target.locator("input[name='username']").fill(user.email());
		target.locator("input[name='password']").fill(TestData.PASSWORD);
		target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		org.airegistry.browser.SecondFactorSupport.enterCodeIfAsked(target);
		target.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
	}

	@Test
	@DisplayName("Art 27 and Annex VIII C: a deployer assesses, notifies and registers; the public and the regulator see it")
	void assessNotifyRegister() {
		String tradeName = ProviderPublishJourneyIT.uniqueWord() + " Benefit Triage";
		String number = testData.publish(testData.provider(), TestData.sample(tradeName));
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);

		page = BrowserSupport.newPage();
		login(page, deployer);
		page.navigate(url("my-deployments"));
		waitForVaadin(page);
		BrowserSupport.assertNoAccessibilityViolations(page);
		page.getByLabel(Pattern.compile("Registration number or name")).fill(number);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(tradeName))))
			.isVisible();
		BrowserSupport.screenshot(page, "deployer-01-found");
		BrowserSupport.assertNoAccessibilityViolations(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Impact assessment (FRIA)")).click();
		page.waitForURL(Pattern.compile(".*/my-deployments/fria/" + number + "$"));
		waitForVaadin(page);
		Locator basis = page.getByLabel(Pattern.compile("Basis for the duty"));
		basis.click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Body governed by public law")).click();
		page.getByLabel(Pattern.compile("^\\(a\\) Processes")).fill("Pre-sorting of benefit applications.");
		page.getByLabel(Pattern.compile("^\\(b\\) Period")).fill("Daily from January 2028.");
		page.getByLabel(Pattern.compile("^\\(c\\) Persons")).fill("Applicants for housing benefit.");
		page.getByLabel(Pattern.compile("^\\(d\\) Specific")).fill("Wrongful rejection of eligible applicants.");
		page.getByLabel(Pattern.compile("^\\(e\\) Human")).fill("A caseworker reviews every proposal.");
		page.getByLabel(Pattern.compile("^\\(f\\) Measures")).fill("Complaints desk and suspension of use.");
		BrowserSupport.assertNoAccessibilityViolations(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as completed")).click();
		assertThat(page.getByText(Pattern.compile("State: completed \\(version 1\\)"))).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notify the market surveillance authority"))
			.click();
		// a notification cannot be taken back: the deployer confirms it (issue 21)
		assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("Version 1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notify the authority")).click();
		assertThat(page.getByText(Pattern.compile("State: notified to the authority"))).isVisible();
		BrowserSupport.screenshot(page, "deployer-02-fria-notified");

		page.navigate(url("my-deployments"));
		waitForVaadin(page);
		page.getByLabel(Pattern.compile("Registration number or name")).fill(number);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find").setExact(true)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register use")).click();
		page.waitForURL(Pattern.compile(".*/my-deployments/[0-9a-f-]{36}$"));
		waitForVaadin(page);
		BrowserSupport.assertNoAccessibilityViolations(page);
		page.getByLabel(Pattern.compile("^Deployer’s address")).fill("Rathausplatz 1, 10115 Berlin");
		page.getByLabel(Pattern.compile("^Deployer’s contact details")).fill("ai@city.example");
		page.getByLabel(Pattern.compile("^Person submitting")).fill("Digital Services Department");
		page.getByLabel(Pattern.compile("^Summary of the fundamental rights"))
			.fill("Risk of wrongful rejection mitigated by human review.");
		Locator states = page.getByLabel(Pattern.compile("^Member States of use"));
		states.click();
		states.fill("Germ");
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Germany")).click();
		page.keyboard().press("Escape");
		page.getByLabel(Pattern.compile("^Use from")).fill("1/1/2028");
		page.keyboard().press("Enter");
		// a click outside closes any overlay that is still open (it hides the page from
		// the accessibility tree) and commits the typed date
		page.locator("h1").click();
		assertThat(page.locator("vaadin-date-picker[opened], vaadin-multi-select-combo-box[opened]")).hasCount(0);
		BrowserSupport.screenshot(page, "deployer-03a-registration-filled");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		// issue 21: publishing is irreversible; the kernel's confirmation says what it
		// does
		Locator confirmation = page.getByRole(AriaRole.ALERTDIALOG);
		assertThat(confirmation.getByText(Pattern.compile("The registration is published at once"))).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(page);
		for (int width : new int[] { 360, 768, 1280 }) {
			page.setViewportSize(width, 900);
			BrowserSupport.screenshot(page, "deployer-03b-publish-confirmation-" + width);
		}
		page.setViewportSize(1280, 900);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
		assertThat(page.getByText("Published as version 1.", new Page.GetByTextOptions().setExact(true))).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(page);
		BrowserSupport.screenshot(page, "deployer-03-registration-published");

		Page visitor = BrowserSupport.newPage();
		try {
			visitor.navigate(url("systems/" + number));
			waitForVaadin(visitor);
			assertThat(visitor.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Deployers of this system")))
				.isVisible();
			assertThat(visitor.getByText("Risk of wrongful rejection mitigated by human review.",
					new Page.GetByTextOptions().setExact(false)))
				.isVisible();
			BrowserSupport.screenshot(visitor, "deployer-04-public-entry");
			BrowserSupport.assertNoAccessibilityViolations(visitor);
			visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deployer registration")).click();
			visitor.waitForURL(Pattern.compile(".*/deployments/[0-9a-f-]{36}$"));
			waitForVaadin(visitor);
			assertThat(visitor.getByText("Version 1 of 1")).isVisible();
			BrowserSupport.screenshot(visitor, "deployer-05-public-registration");
			BrowserSupport.assertNoAccessibilityViolations(visitor);
		}
		finally {
			BrowserSupport.close(visitor);
		}

		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		Page authority = BrowserSupport.newPage();
		try {
			login(authority, regulator);
			authority.navigate(url("oversight/fria"));
			waitForVaadin(authority);
			Locator notification = authority.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(tradeName + " (" + number + ")"));
			assertThat(notification).isVisible();
			BrowserSupport.screenshot(authority, "deployer-06-regulator-inbox");
			BrowserSupport.assertNoAccessibilityViolations(authority);
			notification.click();
			waitForVaadin(authority);
			assertThat(authority.getByText("Wrongful rejection of eligible applicants.")).isVisible();
			authority.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge receipt")).click();
			assertThat(authority.getByText(Pattern.compile("Receipt acknowledged on"))).isVisible();
			BrowserSupport.assertNoAccessibilityViolations(authority);
		}
		finally {
			BrowserSupport.close(authority);
		}
	}

}
