package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.organisation.AccountService;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.DraftEntry;
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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Sign-up in a real browser against PostgreSQL: an organisation signs up, its user opens
 * the verification link from the mail (received by a real SMTP server), logs in while the
 * organisation is pending, reaches no provider feature and reads why on its
 * organisation's page; a regulator approves it; from the session's next request on the
 * user publishes, without logging in again. Screenshots go to {@code target/screenshots}.
 */
@PostgresTest
class SignUpApprovalJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	OrganisationService organisations;

	Page user;

	Page regulator;

	@AfterEach
	void close() {
		if (user != null) {
			BrowserSupport.close(user);
		}
		if (regulator != null) {
			BrowserSupport.close(regulator);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	void logIn(Page page, String email, String password) {
		page.navigate(url("login"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		page.locator("input[name='username']").fill(email);
		page.locator("input[name='password']").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		org.airegistry.browser.SecondFactorSupport.enterCodeIfAsked(page);
		page.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
	}

	@Test
	@DisplayName("Sign up, verify by mail link, pending reaches no provider feature, regulator approves, then publishing works")
	void signUpVerifyApprove() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String organisation = "Journey Robotics GmbH " + unique;
		String email = "journey-" + unique + "@journey.example";
		String password = "journey password 1";

		user = BrowserSupport.newPage();
		user.navigate(url("sign-up"));
		ProviderPublishJourneyIT.waitForVaadin(user);
		user.getByLabel("Legal name of the organisation").fill(organisation);
		user.getByLabel("Postal address").fill("Hauptstraße 1, 10115 Berlin");
		Locator country = user.getByLabel(Pattern.compile("Country of the registered seat"));
		country.click();
		country.fill("Germ");
		user.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Germany")).click();
		user.getByLabel(Pattern.compile("Contact email address")).fill("ai-compliance@journey.example");
		user.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes")).check();
		user.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Provider of AI systems")).check();
		user.getByLabel("Your name").fill("Jo Journey");
		user.getByLabel("Your email address (login)").fill(email);
		user.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		user.getByLabel("Repeat the password").fill(password);
		BrowserSupport.screenshot(user, "signup-01-form");
		BrowserSupport.assertNoAccessibilityViolations(user);
		user.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up").setExact(true)).click();
		assertThat(user.getByText("Please check your inbox")).isVisible();
		BrowserSupport.screenshot(user, "signup-02-check-inbox");

		String link = TestMailServer.awaitMail(email, 1).link(AccountService.VERIFY_ROUTE);
		user.navigate(url(link.substring(link.indexOf(AccountService.VERIFY_ROUTE))));
		ProviderPublishJourneyIT.waitForVaadin(user);
		assertThat(user.getByText(Pattern.compile("your email address is verified"))).isVisible();
		BrowserSupport.screenshot(user, "signup-03-verified");

		logIn(user, email, password);
		var organisationId = organisations.findByLegalName(organisation).orElseThrow();
		TestUser signedUp = new TestUser(email, organisationId, organisation);
		// a pending organisation reaches no provider feature; its page says why
		assertThatThrownBy(() -> testData.run(signedUp,
				() -> testData.registry().createDraft(testData.sampleEntry("Journey Sorter " + unique))))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		user.navigate(url("account/organisation"));
		ProviderPublishJourneyIT.waitForVaadin(user);
		assertThat(user.getByText(Pattern.compile("waiting for approval")).first()).isVisible();
		BrowserSupport.screenshot(user, "signup-04-waiting-for-approval");
		BrowserSupport.assertNoAccessibilityViolations(user);

		TestUser authority = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		regulator = BrowserSupport.newPage();
		logIn(regulator, authority.email(), TestData.PASSWORD);
		regulator.navigate(url("oversight/organisations"));
		ProviderPublishJourneyIT.waitForVaadin(regulator);
		assertThat(regulator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(organisation)))
			.isVisible();
		BrowserSupport.screenshot(regulator, "signup-05-regulator-inbox");
		BrowserSupport.assertNoAccessibilityViolations(regulator);
		regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve " + organisation)).click();
		// issue 21: an approval is confirmed first
		regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, approve")).click();
		assertThat(regulator.getByText(organisation + " is approved")).isVisible();
		assertThat(organisations.mayPublish(organisationId)).isTrue();
		assertThat(TestMailServer.awaitMail(email, 2).subject()).isEqualTo(organisation + " has been approved");

		// the approval applies from the pending session's next request on (the account's
		// session follows its account, DD045): no second login
		user.reload();
		DraftEntry draft = testData.as(signedUp,
				() -> testData.registry().createDraft(testData.sampleEntry("Journey Sorter " + unique)));
		user.navigate(url("workspace/systems/" + draft.id().value()));
		ProviderPublishJourneyIT.waitForVaadin(user);
		user.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		user.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
		assertThat(user.getByText(Pattern.compile("AIR-\\d{6} published as version 1"))).isVisible();
		BrowserSupport.screenshot(user, "signup-06-published");
	}

}
