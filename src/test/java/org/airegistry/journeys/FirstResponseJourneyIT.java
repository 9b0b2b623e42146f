package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/**
 * Readers without JavaScript get readable, working pages, and with JavaScript the Vaadin
 * view takes over without moving anything (DD035), in a real browser at 360, 768 and 1280
 * pixels, with axe checks on the server-written page.
 */
@PostgresTest
class FirstResponseJourneyIT {

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
		return "http://localhost:" + port + path;
	}

	@Test
	@DisplayName("Without JavaScript an entry is readable at every width, and its links and the search work")
	void withoutJavaScript() {
		String number = testData.publish(testData.provider(), TestData.sample("No Script Reader System"));
		for (int width : new int[] { 360, 768, 1280 }) {
			page = BrowserSupport.newPageWithoutJavaScript(width);
			page.navigate(url("/systems/" + number));
			assertThat(page.locator("main h1")).hasText("No Script Reader System");
			assertThat(page.getByText("Intended purpose (Annex VIII A.5)")).isVisible();
			BrowserSupport.screenshot(page, "first-response-entry-" + width);
			BrowserSupport.close(page);
		}
		page = BrowserSupport.newPageWithoutJavaScript(1280);
		page.navigate(url("/systems/" + number));
		page.locator("header input[name=q]").fill("No Script Reader");
		page.locator("header button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/search\\?q=No\\+Script\\+Reader.*"));
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("No Script Reader System"))
			.click();
		page.waitForURL(Pattern.compile(".*/systems/" + number + "$"));
		assertThat(page.locator("main h1")).hasText("No Script Reader System");
		page.navigate(url("/guide"));
		page.locator("form.guide-form input[type=radio]").first().check();
		page.locator("form.guide-form button[type=submit]").click();
		assertThat(page.locator("main h1")).isVisible();
		assertThat(page).hasURL(Pattern.compile(".*/guide\\?.+"));
	}

	@Test
	@DisplayName("The server-written page passes axe (WCAG 2.1 AA) before Vaadin's scripts run")
	void writtenPageIsAccessible() {
		String number = testData.publish(testData.provider(), TestData.sample("Accessible Written System"));
		page = BrowserSupport.newPage();
		// keep Vaadin from starting: axe sees the written page
		page.route("**/VAADIN/**", route -> route.abort());
		for (String path : new String[] { "/systems/" + number, "/search?q=Accessible", "/", "/open-data", "/guide",
				"/no-such-page" }) {
			page.navigate(url(path));
			assertThat(page.locator("#ssr-page main h1")).isVisible();
			BrowserSupport.assertNoAccessibilityViolations(page);
		}
	}

	@Test
	@DisplayName("When Vaadin takes over, the heading does not move (360 and 1280 pixels)")
	void noJump() {
		String number = testData.publish(testData.provider(), TestData.sample("Steady Heading System"));
		for (int width : new int[] { 360, 1280 }) {
			page = BrowserSupport.newPage(width);
			page.route("**/VAADIN/**", route -> route.abort());
			page.navigate(url("/systems/" + number));
			BoundingBox written = page.locator("#ssr-page main h1").boundingBox();
			BoundingBox writtenField = page.locator("#ssr-page dl.entry-fields").boundingBox();
			BrowserSupport.screenshot(page, "first-response-written-" + width);
			BrowserSupport.close(page);

			page = BrowserSupport.newPage(width);
			page.navigate(url("/systems/" + number));
			page.waitForFunction(
					"() => !document.getElementById('ssr-page') && document.querySelector('#outlet main h1')");
			BoundingBox vaadin = page.locator("#outlet main h1").boundingBox();
			BoundingBox vaadinField = page.locator("#outlet dl.entry-fields").boundingBox();
			BrowserSupport.screenshot(page, "first-response-vaadin-" + width);
			assertThat(Math.abs(vaadin.y - written.y)).as("heading top at " + width).isLessThanOrEqualTo(2);
			assertThat(Math.abs(vaadin.x - written.x)).as("heading left at " + width).isLessThanOrEqualTo(2);
			assertThat(Math.abs(vaadinField.y - writtenField.y)).as("fields top at " + width).isLessThanOrEqualTo(2);
			assertThat(page.locator("h1")).hasCount(1);
			BrowserSupport.screenshot(page, "first-response-taken-over-" + width);
			BrowserSupport.close(page);
			page = null;
		}
	}

}
