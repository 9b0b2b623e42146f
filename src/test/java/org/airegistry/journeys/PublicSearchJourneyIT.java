package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchService;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A visitor searches, narrows the results with a facet (a chip appears, counts update),
 * removes the chip, goes back in history, opens an entry and downloads the CSV, in a real
 * browser against PostgreSQL and Elasticsearch, with axe checks on the search page.
 */
@PostgresTest
class PublicSearchJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	SearchService search;

	Page visitor;

	@AfterEach
	void close() {
		if (visitor != null) {
			BrowserSupport.close(visitor);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	@Test
	@DisplayName("Art 71(4): search, filter by a facet with a removable chip, open an entry, download the CSV")
	void searchFilterOpenDownload() throws Exception {
		String word = ProviderPublishJourneyIT.uniqueWord();
		TestUser provider = testData.provider();
		testData.publish(provider,
				TestData.sample(word + " Austria Screener").withMemberStates(EnumSet.of(MemberState.AT)));
		testData.publish(provider,
				TestData.sample(word + " Belgium Screener").withMemberStates(EnumSet.of(MemberState.BE)));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> search.search(SearchQuery.of(word)).total() == 2);

		visitor = BrowserSupport.newPage();
		visitor.navigate(url("search?q=" + word));
		ProviderPublishJourneyIT.waitForVaadin(visitor);
		assertThat(visitor.getByText("2 results for \u201c" + word + "\u201d")).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(visitor);
		BrowserSupport.screenshot(visitor, "search-01-results");

		// a facet value is a link with its count (issue 17): chosen from the keyboard, it
		// filters through the router and is marked as chosen
		Locator austria = visitor.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Member State"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Austria (1)"));
		austria.focus();
		visitor.keyboard().press("Enter");
		visitor.waitForURL(Pattern.compile(".*ms=AT.*"));
		assertThat(visitor.getByText("1 result for \u201c" + word + "\u201d")).isVisible();
		assertThat(austria).hasAttribute("aria-current", "true");
		Locator chip = visitor.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Remove filter Member State: Austria"));
		assertThat(chip).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(visitor);
		BrowserSupport.screenshot(visitor, "search-02-filtered");

		// phones (issue 21): results first, the facets behind the "Filters" button, the
		// active filter visible as a chip; the facet links open from the button
		visitor.setViewportSize(360, 900);
		Locator facets = visitor.locator("#search-facets");
		assertThat(facets).isHidden();
		assertThat(chip).isVisible();
		Locator filters = visitor.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Filters").setExact(true));
		assertThat(filters).hasAttribute("aria-expanded", "false");
		filters.click();
		assertThat(filters).hasAttribute("aria-expanded", "true");
		assertThat(austria).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(visitor);
		BrowserSupport.screenshot(visitor, "search-02-filtered-phone");
		visitor.setViewportSize(1280, 900);

		chip.click();
		assertThat(visitor.getByText("2 results for \u201c" + word + "\u201d")).isVisible();
		assertThat(chip).hasCount(0);
		assertThat(visitor).not().hasURL(Pattern.compile(".*ms=.*"));

		// back restores the filtered search from the URL
		visitor.goBack();
		assertThat(visitor.getByText("1 result for \u201c" + word + "\u201d")).isVisible();

		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(word + " Austria Screener")).click();
		visitor.waitForURL(Pattern.compile(".*/systems/AIR-\\d{6}$"));
		assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(word + " Austria Screener")))
			.isVisible();
		BrowserSupport.screenshot(visitor, "search-03-entry");

		visitor.navigate(url("open-data"));
		ProviderPublishJourneyIT.waitForVaadin(visitor);
		Download download = visitor.waitForDownload(() -> visitor
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All entries, latest version (CSV)"))
			.click());
		String csv = Files.readString(download.path());
		assertThat(csv).contains(word + " Austria Screener").contains(word + " Belgium Screener");
	}

}
