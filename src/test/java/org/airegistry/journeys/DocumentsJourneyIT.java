package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.organisation.AccountService;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.organisation.SignUp;
import org.airegistry.organisation.TokenCheck;
import org.airegistry.registry.TestPdfs;
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

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * Issue 3 journey in a real browser on PostgreSQL: an organisation signs up, the
 * regulator approves it, its provider creates a Section A entry with a PDF declaration of
 * conformity (uploaded through the Upload component), publishes it, edits it, and a
 * visitor sees two versions, the diff and downloads the PDF with a matching SHA-256. The
 * editor with Section B and the profiling refusal is checked with axe too.
 */
@PostgresTest
class DocumentsJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	Page provider;

	Page regulator;

	Page visitor;

	@AfterEach
	void close() {
		for (Page page : new Page[] { provider, regulator, visitor }) {
			if (page != null) {
				BrowserSupport.close(page);
			}
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

	void choose(Page page, String label, String typed, String option) {
		Locator box = page.getByLabel(Pattern.compile(label));
		box.click();
		box.fill(typed);
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile(option))).first().click();
	}

	@Test
	@DisplayName("Art 49(1), Annex VIII A.11: sign up, approval, entry with an uploaded PDF, two versions, diff and download")
	void signUpApproveUploadPublishEdit() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String organisation = "Docs Journey GmbH " + unique;
		String email = "docs-" + unique + "@journey.example";
		String password = "journey password 1";
		accounts.signUp(new SignUp(organisation, "Hauptstraße 1, 10115 Berlin", "DE", "ai@docs.example", true,
				Set.of(OrganisationRole.PROVIDER), false, false, false, null, "Jo Docs", email, password, "en"));
		assertThat(accounts.verifyEmail(TestMailServer.awaitMail(email, 1).token(AccountService.VERIFY_ROUTE)))
			.isEqualTo(TokenCheck.ACCEPTED);

		TestUser authority = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		regulator = BrowserSupport.newPage();
		logIn(regulator, authority.email(), TestData.PASSWORD);
		regulator.navigate(url("oversight/organisations"));
		ProviderPublishJourneyIT.waitForVaadin(regulator);
		regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve " + organisation)).click();
		// issue 21: an approval is confirmed first
		regulator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, approve")).click();
		assertThat(regulator.getByText(organisation + " is approved")).isVisible();

		provider = BrowserSupport.newPage();
		logIn(provider, email, password);
		provider.navigate(url("workspace/systems"));
		ProviderPublishJourneyIT.waitForVaadin(provider);

		// Section B first: profiling is refused at once, with the article
		provider.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Section B"))).check();
		provider
			.getByRole(AriaRole.CHECKBOX,
					new Page.GetByRoleOptions().setName(Pattern.compile("performs profiling of natural persons")))
			.check();
		assertThat(
				provider.getByText(Pattern.compile("always high-risk \\(Art 6\\(3\\), third subparagraph\\)")).first())
			.isVisible();
		BrowserSupport.screenshot(provider, "docs-01-section-b-profiling-refused");
		BrowserSupport.assertNoAccessibilityViolations(provider);
		provider
			.getByRole(AriaRole.CHECKBOX,
					new Page.GetByRoleOptions().setName(Pattern.compile("performs profiling of natural persons")))
			.uncheck();
		provider.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Section A"))).check();

		String tradeName = "Docs Screener " + unique;
		choose(provider, "^Annex III use case", "4(a)", "^4\\(a\\)");
		provider.getByLabel(Pattern.compile("Trade name")).fill(tradeName);
		provider.getByLabel(Pattern.compile("Intended purpose")).fill("Ranks job applications for recruiters.");
		provider.getByLabel(Pattern.compile("Components and functions")).fill("Parser and ranking model.");
		provider.getByLabel(Pattern.compile("Data, inputs and operating logic")).fill("CVs in, a score out.");
		choose(provider, "^Status", "On the", "^On the market$");
		choose(provider, "Member States", "Germ", "^Germany$");
		provider.keyboard().press("Escape");
		provider.getByLabel(Pattern.compile("^Electronic instructions for use \\(Annex"))
			.fill("https://example.org/ifu");

		byte[] pdf = TestPdfs.pdf("EU declaration of conformity " + unique);
		Locator declaration = provider.locator("vaadin-custom-field")
			.filter(new Locator.FilterOptions().setHasText("EU declaration of conformity (PDF)"));
		declaration.locator("input[type=file]")
			.setInputFiles(new FilePayload("declaration.pdf", "application/pdf", pdf));
		assertThat(declaration.getByText(Pattern.compile("Attached: declaration.pdf"))).isVisible();
		BrowserSupport.screenshot(provider, "docs-02-pdf-attached");
		BrowserSupport.assertNoAccessibilityViolations(provider);

		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
		assertThat(provider.getByText(Pattern.compile("AIR-\\d{6} published as version 1"))).isVisible();

		provider.getByLabel(Pattern.compile("Intended purpose"))
			.fill("Ranks job applications for recruiters and explains each ranking.");
		provider.getByLabel(Pattern.compile("What changed in this version")).fill("Explanations added");
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
		assertThat(provider.getByText(Pattern.compile("AIR-\\d{6} published as version 2"))).isVisible();
		String number = testData
			.as(new TestUser(email, organisations.findByLegalName(organisation).orElseThrow(), organisation),
					() -> testData.registry().myEntries().getFirst())
			.registrationNumber();

		visitor = BrowserSupport.newPage();
		visitor.navigate(url("systems/" + number));
		ProviderPublishJourneyIT.waitForVaadin(visitor);
		assertThat(visitor.getByText("Version 2 of 2")).isVisible();
		assertThat(visitor.getByText("ai@docs.example", new Page.GetByTextOptions().setExact(false)).first())
			.isVisible();
		assertThat(visitor.getByText("Jo Docs")).hasCount(0);
		Locator download = visitor.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("Download the EU declaration of conformity")));
		assertThat(download).isVisible();
		// issue 21: one "(PDF, … bytes)", not "(PDF) (PDF, … bytes)"
		assertThat(download)
			.hasText(Pattern.compile("^Download the EU declaration of conformity \\(PDF, \\d+ bytes\\)$"));
		// issue 21: the document lines (file name and SHA-256) do not widen the page on a
		// phone
		visitor.setViewportSize(390, 844);
		org.assertj.core.api.Assertions
			.assertThat(((Number) visitor
				.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
				.intValue())
			.isLessThanOrEqualTo(0);
		BrowserSupport.screenshot(visitor, "docs-03b-public-entry-390");
		visitor.setViewportSize(1280, 900);
		BrowserSupport.screenshot(visitor, "docs-03-public-entry");
		BrowserSupport.assertNoAccessibilityViolations(visitor);

		String href = download.getAttribute("href");
		APIResponse response = visitor.request().get(url(href.substring(1)));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
		assertThat(response.headers().get("content-disposition")).contains("declaration.pdf");
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
		assertThat(href).endsWith(sha);

		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare versions")).click();
		visitor.waitForURL(Pattern.compile(".*/diff\\?from=1&to=2$"));
		ProviderPublishJourneyIT.waitForVaadin(visitor);
		assertThat(visitor.getByText(Pattern.compile("explains each ranking"))).isVisible();
		BrowserSupport.screenshot(visitor, "docs-04-diff");
	}

}
