package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.airegistry.journeys.IncidentJourneyIT.checkWidths;
import static org.airegistry.journeys.IncidentJourneyIT.literal;
import static org.airegistry.journeys.ProviderPublishJourneyIT.waitForVaadin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.browser.SecondFactorSupport;
import org.airegistry.incident.Authorities;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.security.SecondFactors;
import org.airegistry.shared.MemberState;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanId;
import org.airegistry.testing.TestPlanService;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Real-world testing journey in a real browser against PostgreSQL (Art 60, Art 61, Annex
 * IX): a provider registers a test plan with its consent to publication, the market
 * surveillance authority of the Member State of testing approves it, the provider starts
 * the test, extends it once, terminates it and notifies the final outcome; a visitor
 * finds the test on its public page, in the public list and in the open data while the
 * consent lasts; when the provider withdraws the consent it is gone from every public
 * path at once. Axe checks and screenshots at 360, 768 and 1280 pixels.
 */
@PostgresTest
class TestingJourneyIT {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	OrganisationService organisations;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	TestPlanService plans;

	Page page;

	Page authority;

	Page visitor;

	@AfterEach
	void close() {
		for (Page open : new Page[] { page, authority, visitor }) {
			if (open != null) {
				BrowserSupport.close(open);
			}
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	void date(Page target, String label, LocalDate day) {
		Locator field = target.getByLabel(Pattern.compile("^" + literal(label)));
		field.fill(DAY.format(day));
		field.press("Enter");
		target.locator("h1").click();
	}

	void button(Page target, String name) {
		target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	void fill(Page target, String label, String value) {
		target.getByLabel(Pattern.compile("^" + literal(label))).fill(value);
	}

	@Test
	@DisplayName("Art 60(4)(b), (c), (f), (8), Art 71(4): registered, approved, started, extended once, terminated, outcome notified; public with consent, gone when withdrawn")
	void registerApproveExtendEnd() {
		String name = ProviderPublishJourneyIT.uniqueWord() + " Triage Pilot";
		TestUser provider = testData.provider();
		TestUser malta = Authorities.withSecondFactor(organisations, secondFactors, MemberState.MT);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));

		page = BrowserSupport.newPage();
		SecondFactorSupport.logIn(page, url("login"), provider.email());
		page.navigate(url("workspace/tests"));
		waitForVaadin(page);
		checkWidths(page, "testing-01-workspace");
		button(page, "Register a new test");
		page.waitForURL(Pattern.compile(".*/workspace/tests/[0-9a-f-]{36}$"));
		waitForVaadin(page);
		TestPlanId id = TestPlanId.parse(page.url().substring(page.url().lastIndexOf('/') + 1)).orElseThrow();
		String uid = testData.as(provider, () -> plans.open(id).plan().uid());
		BrowserSupport.screenshot(page, "testing-01b-plan-opened");
		assertThat(page.getByText(uid).first()).isVisible();

		fill(page, "Name of the AI system", name);
		fill(page, "Version or other reference", "2.1");
		Locator point = page.getByLabel(Pattern.compile("^Annex III point"));
		point.click();
		point.fill("5d");
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^5d "))).click();
		fill(page, "Intended purpose", "Prioritises emergency calls for ambulance dispatch.");
		fill(page, "Brief description of the system", "A classifier that ranks incoming emergency calls by urgency.");
		fill(page, "Provider’s contact for the test", "rwt-desk@example.org");
		fill(page, "Deployers involved", "Emergency Service Valletta, dispatch@example.org");
		fill(page, "Summary of the main characteristics of the testing plan",
				"Three months in two dispatch centres; the dispatcher decides every call; outcomes compared with the current protocol.");
		Locator states = page.getByLabel(Pattern.compile("^Member States of testing"));
		states.click();
		states.fill("Malt");
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Malta")).click();
		page.keyboard().press("Escape");
		date(page, "Planned start", today);
		date(page, "Planned end", today.plusMonths(3));
		page.getByLabel(Pattern.compile("^I consent to the publication")).check();
		page.getByLabel(Pattern.compile("^Informed consent of each test subject")).check();
		fill(page, "How the informed consent is documented and kept",
				"Dated, signed forms kept by the dispatch centre for ten years.");
		page.getByLabel(Pattern.compile("^The information for test subjects includes the UID")).check();
		fill(page, "Safeguards", "A dispatcher can overrule every ranking; callers may leave the test at any time.");
		page.locator("h1").click();
		assertThat(page.locator("vaadin-date-picker[opened], vaadin-multi-select-combo-box[opened]")).hasCount(0);
		checkWidths(page, "testing-02-plan-filled");
		button(page, "Register and submit to the authorities");
		assertThat(page.getByText("Version 1 is registered.")).isVisible();

		visitor = BrowserSupport.newPage();
		visitor.navigate(url("tests/" + uid));
		waitForVaadin(visitor);
		assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(name))))
			.isVisible();
		assertThat(visitor.getByText(Pattern.compile("Dated, signed forms"))).hasCount(0);
		checkWidths(visitor, "testing-03-public-page");

		authority = BrowserSupport.newPage();
		SecondFactorSupport.logIn(authority, url("login"), malta.email());
		authority.navigate(url("oversight/tests"));
		waitForVaadin(authority);
		assertThat(authority.getByText(uid).first()).isVisible();
		checkWidths(authority, "testing-04-inbox");
		authority.navigate(url("oversight/tests/" + id.value()));
		waitForVaadin(authority);
		assertThat(authority.getByText(Pattern.compile("Dated, signed forms")).first()).isVisible();
		button(authority, "Approve");
		assertThat(authority.getByText("The plan is approved for your Member State; the provider is told."))
			.isVisible();
		checkWidths(authority, "testing-05-approved");

		page.reload();
		waitForVaadin(page);
		date(page, "Start day", today);
		button(page, "Record the start");
		assertThat(page.getByText("The start is recorded and the authorities are informed.")).isVisible();

		LocalDate endLimit = testData.as(provider, () -> plans.open(id).plan().endLimit());
		date(page, "New latest end", endLimit.plusMonths(2));
		fill(page, "Why the extension is needed", "Winter peak of calls needed for a meaningful comparison.");
		button(page, "Notify the extension");
		assertThat(page.getByText("The extension is notified.")).isVisible();
		org.assertj.core.api.Assertions.assertThat(testData.as(provider, () -> plans.open(id).plan().extended()))
			.isTrue();
		checkWidths(page, "testing-06-extended");

		// typing in the plan, not saved: ending the test (the form closes) asks first
		fill(page, "Intended purpose", "Prioritises emergency and urgent calls for ambulance dispatch.");
		fill(page, "Reasons for the termination", "The dispatch centre changes its software; testing ends early.");
		button(page, "Terminate testing");
		Locator discard = page.getByRole(AriaRole.ALERTDIALOG);
		assertThat(discard.getByText("Discard the unsaved changes?")).isVisible();
		BrowserSupport.screenshot(page, "testing-06b-ending-asks");
		BrowserSupport.assertNoAccessibilityViolations(page);
		button(page, "Keep editing");
		assertThat(page.getByLabel(Pattern.compile("^Intended purpose")))
			.hasValue("Prioritises emergency and urgent calls for ambulance dispatch.");
		org.assertj.core.api.Assertions.assertThat(testData.as(provider, () -> plans.open(id).plan().state().name()))
			.isEqualTo("ACTIVE");
		button(page, "Terminate testing");
		button(page, "Discard and continue");
		assertThat(page.getByText("Testing is terminated and the authorities are informed.")).isVisible();
		fill(page, "Final outcome", "Rankings matched the dispatchers’ decisions in 94 of 100 calls.");
		button(page, "Notify the final outcome");
		assertThat(page.getByText("The final outcome is notified.")).isVisible();

		visitor.navigate(url("tests?q=" + name.replace(' ', '+')));
		waitForVaadin(visitor);
		assertThat(visitor.getByText(uid).first()).isVisible();
		APIResponse api = visitor.request().get(url("api/v1/tests/" + uid));
		org.assertj.core.api.Assertions.assertThat(api.status()).isEqualTo(200);

		button(page, "Withdraw the consent to publication");
		assertThat(page.getByText("Consent revoked: the test is no longer public.")).isVisible();
		checkWidths(page, "testing-07-consent-withdrawn");
		TestPlan withdrawn = testData.as(provider, () -> plans.open(id).plan());
		org.assertj.core.api.Assertions.assertThat(withdrawn.publiclyVisible()).isFalse();

		visitor.navigate(url("tests/" + uid));
		waitForVaadin(visitor);
		assertThat(visitor.getByText(Pattern.compile("withdrew its consent"))).isVisible();
		assertThat(visitor.getByText(name)).hasCount(0);
		checkWidths(visitor, "testing-08-public-page-withdrawn");
		visitor.navigate(url("tests?q=" + name.replace(' ', '+')));
		waitForVaadin(visitor);
		assertThat(visitor.getByText(uid)).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(visitor.request().get(url("api/v1/tests/" + uid)).status())
			.isEqualTo(410);
		org.assertj.core.api.Assertions.assertThat(visitor.request().get(url("api/v1/tests.csv")).text())
			.doesNotContain(uid);
		org.assertj.core.api.Assertions.assertThat(visitor.request().get(url("api/v1/tests/feed.atom")).text())
			.doesNotContain(uid);
	}

}
