package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.airegistry.journeys.ProviderPublishJourneyIT.waitForVaadin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.browser.SecondFactorSupport;
import org.airegistry.incident.Authorities;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentService;
import org.airegistry.incident.IncidentState;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.security.SecondFactors;
import org.airegistry.shared.MemberState;
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
 * Serious-incident journey in a real browser against PostgreSQL (Art 73): a provider
 * starts a report for its registered system, fills the incident (Member State, when the
 * causal link was established, what it led to, what happened) and submits it; the
 * registry shows the 15-day deadline; the market surveillance authority of the Member
 * State where it occurred logs in with its second factor, finds it in its inbox,
 * acknowledges it, records measures and closes its case; the provider sees what the
 * authority did. A visitor finds nothing about the incident on the system's public page.
 * Axe checks and screenshots at 360, 768 and 1280 pixels on every page of the journey.
 */
@PostgresTest
class IncidentJourneyIT {

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
	IncidentService incidents;

	Page page;

	Page authority;

	@AfterEach
	void close() {
		if (page != null) {
			BrowserSupport.close(page);
		}
		if (authority != null) {
			BrowserSupport.close(authority);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	/** Axe and a screenshot at each width the portal is laid out for. */
	static void checkWidths(Page target, String name) {
		for (int width : new int[] { 360, 768, 1280 }) {
			target.setViewportSize(width, 900);
			BrowserSupport.assertNoAccessibilityViolations(target);
			BrowserSupport.screenshot(target, name + "-" + width);
		}
		target.setViewportSize(1280, 900);
	}

	/**
	 * A regular expression matching the text literally. Playwright hands patterns to the
	 * browser as JavaScript expressions, which do not know Java's \\Q…\\E quoting.
	 */
	static String literal(String text) {
		return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
	}

	/** Types a date and a time into the date-time picker with the label. */
	static void dateTime(Page target, String label, LocalDate day, String time) {
		Locator picker = target.locator("vaadin-date-time-picker")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile(literal(label))));
		// the date part's input comes first, the time part's second (slotted in light
		// DOM)
		Locator date = picker.locator("input").nth(0);
		date.fill(DAY.format(day));
		date.press("Enter");
		Locator clock = picker.locator("input").nth(1);
		clock.fill(time);
		clock.press("Enter");
		target.locator("h1").click();
	}

	@Test
	@DisplayName("Art 73(1), (2), (8): a provider reports a serious incident, the Member State's authority acknowledges, records measures and closes")
	void reportAndHandle() {
		String tradeName = ProviderPublishJourneyIT.uniqueWord() + " Triage Advisor";
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample(tradeName));
		TestUser malta = Authorities.withSecondFactor(organisations, secondFactors, MemberState.MT);
		String title = "Wrong triage " + ProviderPublishJourneyIT.uniqueWord();
		LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(1);

		page = BrowserSupport.newPage();
		SecondFactorSupport.logIn(page, url("login"), provider.email());
		page.navigate(url("workspace/incidents"));
		waitForVaadin(page);
		checkWidths(page, "incident-01-workspace");
		page.getByLabel(Pattern.compile("^Registration number of the AI system")).fill(number);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the report")).click();
		page.waitForURL(Pattern.compile(".*/workspace/incidents/[0-9a-f-]{36}$"));
		waitForVaadin(page);
		assertThat(page.getByText("Enter when the causal link", new Page.GetByTextOptions().setExact(false)))
			.isVisible();

		page.getByLabel(Pattern.compile("^Title")).fill(title);
		Locator states = page.getByLabel(Pattern.compile("^Member States where the incident occurred"));
		states.click();
		states.fill("Malt");
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Malta")).click();
		page.keyboard().press("Escape");
		dateTime(page, "When you learned of the incident", yesterday, "09:00");
		dateTime(page, "When you established the causal link", yesterday, "10:00");
		page.getByLabel(Pattern.compile("^\\(a\\) the death of a person")).check();
		page.getByLabel(Pattern.compile("^Description of the incident"))
			.fill("The advisor ranked a patient with chest pain as non-urgent.");
		page.getByLabel(Pattern.compile("^Consequences")).fill("Treatment was delayed by four hours.");
		page.locator("h1").click();
		assertThat(page.locator("vaadin-date-picker[opened], vaadin-multi-select-combo-box[opened]")).hasCount(0);
		checkWidths(page, "incident-02-report-filled");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the authorities")).click();
		assertThat(page.getByText("Version 1 was submitted to the authorities.")).isVisible();
		assertThat(page.locator("#incident-deadline")).containsText("15 days for a serious incident (Art 73(2))");
		assertThat(page.locator("#incident-deadline-status")).containsText("in time");
		String id = page.url().substring(page.url().lastIndexOf('/') + 1);
		IncidentReport submitted = testData.as(provider,
				() -> incidents.open(org.airegistry.incident.IncidentId.parse(id).orElseThrow()).report());
		org.assertj.core.api.Assertions.assertThat(submitted.state()).isEqualTo(IncidentState.INITIAL_REPORT);
		checkWidths(page, "incident-03-submitted");

		authority = BrowserSupport.newPage();
		SecondFactorSupport.logIn(authority, url("login"), malta.email());
		authority.navigate(url("oversight/incidents"));
		waitForVaadin(authority);
		assertThat(authority.getByText(submitted.reference()).first()).isVisible();
		checkWidths(authority, "incident-04-inbox");
		authority.navigate(url("oversight/incidents/" + id));
		waitForVaadin(authority);
		assertThat(authority.getByText(title).first()).isVisible();
		authority.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge receipt")).click();
		assertThat(authority.getByText("Receipt acknowledged; the reporter is told.")).isVisible();
		Locator kind = authority.getByLabel(Pattern.compile("^Kind of measure"));
		kind.click();
		authority
			.getByRole(AriaRole.OPTION,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Evaluation of the AI system")))
			.click();
		authority.getByLabel(Pattern.compile("^Measures and reasons"))
			.fill("Evaluation of the triage advisor opened under Art 79(2).");
		authority.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the measures")).click();
		assertThat(authority.getByText("Measures recorded; the reporter is told.")).isVisible();
		checkWidths(authority, "incident-05-case");
		authority.getByLabel(Pattern.compile("^Reason")).fill("Evaluation opened; the case continues there.");
		authority.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the case")).click();
		assertThat(authority.getByText("Your authority’s case is closed.")).isVisible();

		page.reload();
		waitForVaadin(page);
		assertThat(page.getByText(Pattern.compile("Evaluation of the triage advisor opened")).first()).isVisible();
		assertThat(page.getByText("Every authority closed this report.").first()).isVisible();
		checkWidths(page, "incident-06-reporter-sees-handling");

		Page visitor = BrowserSupport.newPage();
		try {
			visitor.navigate(url("systems/" + number));
			waitForVaadin(visitor);
			assertThat(visitor.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(Pattern.compile(tradeName))))
				.isVisible();
			assertThat(visitor.getByText(title)).hasCount(0);
			assertThat(visitor.getByText(Pattern.compile("serious incident", Pattern.CASE_INSENSITIVE))).hasCount(0);
		}
		finally {
			BrowserSupport.close(visitor);
		}
	}

}
