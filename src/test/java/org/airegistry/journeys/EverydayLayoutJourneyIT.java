package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Issue 21, everyday use: every page a visitor or a provider meets, at a phone's 360 px,
 * a tablet's 768 px and a laptop's 1 280 px, with an entry whose intended purpose holds
 * one unbroken 3 000-character word (as the issue found it, such a word made pages about
 * 38 000 px wide): no page scrolls sideways. Screenshots of every page and width go to
 * {@code target/screenshots/layout-*}.
 */
@PostgresTest
class EverydayLayoutJourneyIT {

	static final int[] WIDTHS = { 360, 768, 1280 };

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

	@Test
	@DisplayName("Issue 21: no page scrolls sideways at 360, 768 or 1 280 px, even with a 3 000-character word; the phone header is compact with a menu")
	void noHorizontalScrolling() {
		TestUser provider = testData.provider();
		String word = ProviderPublishJourneyIT.uniqueWord();
		String longWord = word + "Bewerbungsvorauswahlverfahren".repeat(103);
		String number = testData.publish(provider,
				TestData.sample(word + " Wide Screener").withIntendedPurpose("Ranks applicants. " + longWord));
		WorkspaceEntry entry = testData.as(provider, () -> testData.registry().myEntries().getFirst());
		testData.run(provider, () -> {
			DraftEntry draft = testData.registry().open(entry.id());
			DraftEntry saved = testData.registry()
				.saveDraft(draft.id(), draft.lockVersion(),
						draft.data().withIntendedPurpose("Ranks applicants and explains. " + longWord + "Zwei"));
			testData.registry()
				.publish(saved.id(), saved.lockVersion(), "Explanations " + "Nachvollziehbarkeit".repeat(20));
		});

		page = BrowserSupport.newPage();
		List<String> wide = new ArrayList<>();
		List<String> publicPages = List.of("", "search?q=" + word, "systems/" + number,
				"systems/" + number + "/diff?from=1&to=2", "guide", "open-data", "search?kind=models", "login",
				"sign-up");
		for (int width : WIDTHS) {
			page.setViewportSize(width, 900);
			for (String path : publicPages) {
				check(path, width, "public", wide);
			}
		}

		page.setViewportSize(1280, 900);
		page.navigate(url("login"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		page.locator("input[name='username']").fill(provider.email());
		page.locator("input[name='password']").fill("not the password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.waitForURL(Pattern.compile(".*/login\\?error.*"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		// issue 21: the address is kept after a failed login
		assertThat(page.locator("input[name='username']")).hasValue(provider.email());
		assertThat(page.getByText(Pattern.compile("first open the link in the verification mail"))).isVisible();
		BrowserSupport.screenshot(page, "layout-login-failed-keeps-address");
		page.locator("input[name='password']").fill(TestData.PASSWORD);
		page.locator("input[name='password']").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
		List<String> providerPages = List.of("workspace", "workspace/systems/" + entry.id().value(),
				"workspace/reports", "systems/" + number);
		for (int width : WIDTHS) {
			page.setViewportSize(width, 900);
			for (String path : providerPages) {
				check(path, width, "provider", wide);
			}
		}
		assertThat(wide).as("pages wider than the screen (path @ width: overflow in px)").isEmpty();

		// the phone header: navigation behind the menu button, which opens it
		page.setViewportSize(360, 900);
		page.navigate(url(""));
		ProviderPublishJourneyIT.waitForVaadin(page);
		assertThat(page.locator(".site-header .site-nav")).isHidden();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
		assertThat(page.locator(".site-header .site-nav")).isVisible();
		BrowserSupport.screenshot(page, "layout-phone-menu-open");
	}

	void check(String path, int width, String who, List<String> wide) {
		page.navigate(url(path));
		ProviderPublishJourneyIT.waitForVaadin(page);
		Number overflow = (Number) page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		if (overflow.intValue() > 0) {
			// the innermost elements reaching past the screen, to say what widens the
			// page
			Object culprits = page.evaluate("""
					() => { const w = document.documentElement.clientWidth;
					  const out = [...document.querySelectorAll('body *')]
					    .filter(e => e.getBoundingClientRect().right > w + 1
					      && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))
					    .slice(0, 5)
					    .map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined
					      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
					      + '@' + Math.round(e.getBoundingClientRect().right));
					  return out.join(', '); }""");
			wide.add(path + " @ " + width + ": " + overflow.intValue() + " (" + culprits + ")");
		}
		String name = path.isEmpty() ? "home" : path.replaceAll("[^A-Za-z0-9]+", "-");
		BrowserSupport.screenshot(page,
				"layout-" + who + "-" + name.substring(0, Math.min(40, name.length())) + "-" + width);
	}

}
