package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
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
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Foundation journey in a real browser against PostgreSQL and Elasticsearch: a provider
 * logs in, creates an entry, saves it as a draft, publishes it and sees it in the
 * workspace; an anonymous visitor finds it through the search box (results from
 * Elasticsearch, even with a typo) and opens its permalink. Screenshots go to
 * {@code target/screenshots}.
 */
@PostgresTest
class ProviderPublishJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	Page provider;

	Page visitor;

	@AfterEach
	void close() {
		if (provider != null) {
			BrowserSupport.close(provider);
		}
		if (visitor != null) {
			BrowserSupport.close(visitor);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	@Test
	@DisplayName("Provider publishes an entry; a visitor finds it in search and opens its permalink")
	void publishThenFind() {
		TestUser user = testData.provider();
		String word = uniqueWord();
		String tradeName = word + " Recruitment Screener 1.0";

		provider = BrowserSupport.newPage();
		provider.navigate(url("login"));
		waitForVaadin(provider);
		BrowserSupport.assertNoAccessibilityViolations(provider);
		provider.locator("input[name='username']").fill(user.email());
		provider.locator("input[name='password']").fill(TestData.PASSWORD);
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		provider.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));

		provider.navigate(url("workspace/systems"));
		waitForVaadin(provider);
		Locator point = provider.getByLabel(Pattern.compile("Annex III use case"));
		point.click();
		point.fill("4(a)");
		provider.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^4\\(a\\)"))).click();
		provider.getByLabel(Pattern.compile("Trade name")).fill(tradeName);
		provider.getByLabel(Pattern.compile("Unambiguous reference")).fill("1.0 (build 42)");
		provider.getByLabel(Pattern.compile("Intended purpose"))
			.fill("Ranks job applications and proposes a shortlist for recruiters.");
		provider.getByLabel(Pattern.compile("Components and functions"))
			.fill("CV parser, matching model and recruiter dashboard.");
		provider.getByLabel(Pattern.compile("Data, inputs and operating logic"))
			.fill("CVs and vacancy texts; a language model scores each match.");
		Locator status = provider.getByLabel(Pattern.compile("^Status"));
		status.click();
		status.fill("On the");
		provider.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("On the market").setExact(true))
			.click();
		provider.getByLabel(Pattern.compile("^EU declaration of conformity \\(Annex"))
			.fill("https://example.org/doc.pdf");
		provider.getByLabel(Pattern.compile("^Electronic instructions for use \\(Annex"))
			.fill("https://example.org/ifu");
		Locator states = provider.getByLabel(Pattern.compile("Member States"));
		states.click();
		states.fill("Germ");
		provider.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Germany")).click();
		provider.keyboard().press("Escape");
		BrowserSupport.screenshot(provider, "01-provider-new-entry");
		BrowserSupport.assertNoAccessibilityViolations(provider);

		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
		assertThat(provider.getByText(Pattern.compile("Draft of .+ saved"))).isVisible();
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
		assertThat(provider.getByText(Pattern.compile("AIR-\\d{6} published as version 1"))).isVisible();
		BrowserSupport.screenshot(provider, "02-provider-published");

		provider.navigate(url("workspace"));
		waitForVaadin(provider);
		assertThat(provider.getByText(tradeName)).isVisible();
		assertThat(provider.getByText("Published, version 1")).isVisible();
		BrowserSupport.screenshot(provider, "03-provider-workspace");

		visitor = BrowserSupport.newPage();
		visitor.navigate(url(""));
		waitForVaadin(visitor);
		BrowserSupport.assertNoAccessibilityViolations(visitor);
		BrowserSupport.screenshot(visitor, "04-visitor-home");
		Locator search = visitor.getByLabel("Search the registry").first();
		search.fill(typo(word));
		search.press("Enter");
		visitor.waitForURL(Pattern.compile(".*/search\\?q=.*"));
		Locator result = visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tradeName));
		for (int attempt = 0; attempt < 20 && result.count() == 0; attempt++) {
			visitor.waitForTimeout(500);
			visitor.reload();
			waitForVaadin(visitor);
		}
		assertThat(result).isVisible();
		assertThat(visitor.getByText(Pattern.compile("reduced mode"))).hasCount(0);
		BrowserSupport.screenshot(visitor, "05-visitor-search-results");
		BrowserSupport.assertNoAccessibilityViolations(visitor);

		result.click();
		visitor.waitForURL(Pattern.compile(".*/systems/AIR-\\d{6}$"));
		waitForVaadin(visitor);
		assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(tradeName))).isVisible();
		assertThat(visitor.getByText("Version 1 of 1")).isVisible();
		assertThat(visitor.locator("code.hash")).hasText(Pattern.compile("[0-9a-f]{64}"));
		BrowserSupport.screenshot(visitor, "06-visitor-entry");
		BrowserSupport.assertNoAccessibilityViolations(visitor);

		String permalink = visitor.url();
		Page again = BrowserSupport.newPage(Locale.GERMAN);
		try {
			again.navigate(permalink);
			waitForVaadin(again);
			assertThat(again.getByText("Registriernummer")).isVisible();
			assertThat(again.getByText("Deutschland")).isVisible();
			BrowserSupport.screenshot(again, "07-visitor-entry-de");
		}
		finally {
			BrowserSupport.close(again);
		}

		// the provider changes the entry: a second public version with a change summary
		provider.navigate(url("workspace"));
		waitForVaadin(provider);
		provider.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tradeName)).click();
		waitForVaadin(provider);
		provider.getByLabel(Pattern.compile("Intended purpose"))
			.fill("Ranks job applications, proposes a shortlist and explains each ranking to recruiters.");
		provider.getByLabel(Pattern.compile("What changed in this version")).fill("Explanations added");
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		// issue 21: publishing is irreversible, so the editor shows what changes and asks
		// first
		Locator confirmation = provider.getByRole(AriaRole.ALERTDIALOG);
		assertThat(confirmation.getByText("Version 2 replaces version 1 on the public page, with 1 change:"))
			.isVisible();
		assertThat(confirmation
			.getByText("Ranks job applications, proposes a shortlist and explains each ranking to recruiters."))
			.isVisible();
		BrowserSupport.screenshot(provider, "07b-provider-publish-confirmation");
		BrowserSupport.assertNoAccessibilityViolations(provider);
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
		assertThat(provider.getByText(Pattern.compile("AIR-\\d{6} published as version 2"))).isVisible();
		BrowserSupport.screenshot(provider, "08-provider-published-v2");

		// issue 13: loading another page (or closing the tab) with unsaved changes asks
		// the browser's question first, also for text still in the focused input; the
		// author who accepts leaves
		// the text is still in the focused input: only the browser knows it yet
		provider.getByLabel(Pattern.compile("Intended purpose")).fill("Typed and not saved.");
		List<String> dialogs = new ArrayList<>();
		provider.onceDialog(dialog -> {
			dialogs.add(dialog.type());
			dialog.accept();
		});
		provider.navigate(url("workspace"));
		waitForVaadin(provider);
		assertThat(dialogs).as("the browser asked before leaving").containsExactly("beforeunload");

		visitor.navigate(permalink);
		waitForVaadin(visitor);
		assertThat(visitor.getByText("Version 2 of 2")).isVisible();
		assertThat(visitor.getByText("Explanations added")).isVisible();
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare versions")).click();
		visitor.waitForURL(Pattern.compile(".*/diff\\?from=1&to=2$"));
		waitForVaadin(visitor);
		assertThat(visitor.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Changes between version 1 and version 2")))
			.isVisible();
		assertThat(visitor.getByText("Intended purpose (Annex VIII A.5)")).isVisible();
		assertThat(visitor.getByText(Pattern.compile("explains each ranking"))).isVisible();
		BrowserSupport.screenshot(visitor, "09-visitor-diff");
		BrowserSupport.assertNoAccessibilityViolations(visitor);
	}

	@Test
	@DisplayName("Script text in an entry is shown as text on the public page, never executed")
	void scriptIsShownAsText() {
		TestUser user = testData.provider();
		String registrationNumber = testData.as(user, () -> {
			var registry = testData.registry();
			var draft = registry
				.createDraft(TestData.sample("<script>window.hacked=true</script> Scripted " + uniqueWord())
					.withIntendedPurpose("<img src=x onerror=\"window.hacked=true\"> purpose"));
			registry.publish(draft.id(), draft.lockVersion(), "");
			return registry.open(draft.id()).registrationNumber();
		});
		visitor = BrowserSupport.newPage();
		visitor.navigate(url("systems/" + registrationNumber));
		waitForVaadin(visitor);
		assertThat(visitor.getByText("<script>window.hacked=true</script>", new Page.GetByTextOptions().setExact(false))
			.first()).isVisible();
		assertThat(visitor.evaluate("() => window.hacked === true")).isEqualTo(false);
	}

	/** Waits until Vaadin has rendered the view and answered all pending requests. */
	static void waitForVaadin(Page page) {
		page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
				+ " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
		assertThat(page.locator("#main-content"))
			.isAttached(new LocatorAssertions.IsAttachedOptions().setTimeout(15_000));
	}

	static String uniqueWord() {
		Random random = new Random();
		StringBuilder word = new StringBuilder("Zorb");
		for (int i = 0; i < 6; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	/** The word with two letters swapped: one typo that fuzzy matching must forgive. */
	static String typo(String word) {
		char[] letters = word.toLowerCase(Locale.ROOT).toCharArray();
		char swap = letters[5];
		letters[5] = letters[6];
		letters[6] = swap;
		return new String(letters);
	}

}
