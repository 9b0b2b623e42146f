package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.NewExplanationRequest;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Explanation requests in a real browser against PostgreSQL, with the mails received by a
 * real SMTP server: a person files from a system's public page, opens the verification
 * link from the mail, the deployer answers in its inbox and the person reads the answer;
 * an overdue request is escalated and closed by the regulator. Axe checks every page
 * kind.
 */
@PostgresTest
class ExplanationJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	ExplanationService explanations;

	@Autowired
	JdbcTemplate jdbc;

	Page person;

	Page official;

	@AfterEach
	void close() {
		if (person != null) {
			BrowserSupport.close(person);
		}
		if (official != null) {
			BrowserSupport.close(official);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	void open(Page page, String path) {
		page.navigate(url(path));
		ProviderPublishJourneyIT.waitForVaadin(page);
	}

	void logIn(Page page, String email) {
		open(page, "login");
		page.locator("input[name='username']").fill(email);
		page.locator("input[name='password']").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		org.airegistry.browser.SecondFactorSupport.enterCodeIfAsked(page);
		page.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
	}

	/**
	 * The path of a mailed link (mails name the configured base URL, not the test's
	 * random port).
	 */
	static String pathOf(String link, String route) {
		return link.substring(link.indexOf(route));
	}

	@Test
	@DisplayName("Art 86 journey: file from the system page, verify by mail link, deployer answers, person reads the answer")
	void fileVerifyAnswer() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String system = testData.publish(testData.provider(), testData.sampleEntry("Journey Ranker " + unique));
		String email = "journey-person-" + unique + "@private.example";

		person = BrowserSupport.newPage();
		open(person, "systems/" + system);
		person
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Request an explanation of a decision taken with this system"))
			.click();
		ProviderPublishJourneyIT.waitForVaadin(person);
		assertThat(person.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Request an explanation of a decision")))
			.isVisible();
		Locator organisation = person.getByLabel(Pattern.compile("Organisation that took the decision"));
		organisation.click();
		organisation.fill(deployer.organisationName());
		person.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(deployer.organisationName())).click();
		person.getByLabel(Pattern.compile("What was decided")).fill("My loan application was refused.");
		person.getByLabel(Pattern.compile("Reference on the decision letter")).fill("L-2026-" + unique);
		person.getByLabel(Pattern.compile("Why do you consider")).fill("I cannot finance my flat now.");
		person.getByLabel(Pattern.compile("Your email address")).fill(email);
		BrowserSupport.screenshot(person, "explanation-01-form");
		BrowserSupport.assertNoAccessibilityViolations(person);
		person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
		assertThat(person.getByText("Please check your inbox")).isVisible();

		String verify = TestMailServer.awaitMail(email, 1).link(ExplanationRoutes.VERIFY);
		open(person, pathOf(verify, ExplanationRoutes.VERIFY));
		assertThat(person.getByText(Pattern.compile("has been sent to the deployer"))).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(person);
		person.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Follow my request")).click();
		ProviderPublishJourneyIT.waitForVaadin(person);
		assertThat(person.getByText("Sent to the deployer").first()).isVisible();
		assertThat(person.getByText(Pattern.compile("^Due on "))).isVisible();
		BrowserSupport.screenshot(person, "explanation-02-tracking");
		BrowserSupport.assertNoAccessibilityViolations(person);
		String reference = person.getByText(Pattern.compile("^EXR-\\d{6}$")).first().textContent();

		official = BrowserSupport.newPage();
		logIn(official, deployer.email());
		open(official, ExplanationRoutes.INBOX);
		BrowserSupport.assertNoAccessibilityViolations(official);
		official.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
		ProviderPublishJourneyIT.waitForVaadin(official);
		assertThat(official.getByText("My loan application was refused.")).isVisible();
		official.getByLabel(Pattern.compile("Role of the AI system")).fill("Short.");
		official.getByLabel(Pattern.compile("Main elements of the decision"))
			.fill("Your income-to-rent ratio (42 %) exceeded our limit of 35 %; the model's risk score was the main factor.");
		official.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send explanation")).click();
		assertThat(official.getByText(Pattern.compile("One part is very short"))).isVisible();
		official.getByLabel(Pattern.compile("Role of the AI system"))
			.fill("The credit scoring system computed a risk score; a loan officer confirmed the refusal without "
					+ "changing it.");
		official.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send anyway")).click();
		assertThat(official.getByText("Answered").first()).isVisible();
		BrowserSupport.screenshot(official, "explanation-03-deployer-answered");
		BrowserSupport.assertNoAccessibilityViolations(official);

		person.reload();
		ProviderPublishJourneyIT.waitForVaadin(person);
		assertThat(person.getByText("Answered").first()).isVisible();
		assertThat(person.getByText(Pattern.compile("income-to-rent ratio"))).isVisible();
		BrowserSupport.screenshot(person, "explanation-04-person-reads-answer");
		BrowserSupport.assertNoAccessibilityViolations(person);
	}

	@Test
	@DisplayName("Art 85 journey: an overdue request is escalated by the person, seen and closed by the regulator")
	void overdueEscalated() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String system = testData.publish(testData.provider(), testData.sampleEntry("Overdue Ranker " + unique));
		String email = "journey-overdue-" + unique + "@private.example";
		String reference = explanations.file(new NewExplanationRequest(system, deployer.organisation(),
				"My benefit claim was rejected.", LocalDate.of(2026, 2, 1), "", "I lost my only income.", email, "en"),
				"10.9.9.9");
		String token = TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY);
		String tracking = explanations.verify(token).orElseThrow().trackingToken();
		// the deadline passed: the submission is moved 45 days into the past
		jdbc.update("UPDATE explanation_request SET submitted_at = ? WHERE reference = ?",
				java.sql.Timestamp.from(Instant.now().minus(45, ChronoUnit.DAYS)), reference);

		person = BrowserSupport.newPage();
		open(person, ExplanationRoutes.TRACK + "?token=" + tracking);
		assertThat(person.getByText("Overdue").first()).isVisible();
		person.getByLabel(Pattern.compile("Your statement to the authority"))
			.fill("The deployer has not answered for 45 days.");
		BrowserSupport.assertNoAccessibilityViolations(person);
		person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send complaint")).click();
		assertThat(person.getByText("Complaint with the authority").first()).isVisible();
		BrowserSupport.screenshot(person, "explanation-05-escalated");

		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		official = BrowserSupport.newPage();
		logIn(official, regulator.email());
		open(official, ExplanationRoutes.COMPLAINTS);
		BrowserSupport.assertNoAccessibilityViolations(official);
		official.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
		ProviderPublishJourneyIT.waitForVaadin(official);
		assertThat(official.getByText("The deployer has not answered for 45 days.")).isVisible();
		assertThat(official.getByText("My benefit claim was rejected.")).isVisible();
		BrowserSupport.screenshot(official, "explanation-06-regulator-complaint");
		BrowserSupport.assertNoAccessibilityViolations(official);
		official.getByLabel(Pattern.compile("^Outcome"))
			.fill("We have ordered the deployer to explain within 14 days.");
		official.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close with this outcome")).click();
		assertThat(official.getByText("The complaint is closed.")).isVisible();

		person.reload();
		ProviderPublishJourneyIT.waitForVaadin(person);
		assertThat(person.getByText("We have ordered the deployer to explain within 14 days.")).isVisible();
		org.assertj.core.api.Assertions.assertThat(TestMailServer.awaitMail(email, 3).subject())
			.contains("closed your complaint");
	}

}
