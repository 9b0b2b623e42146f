package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.airegistry.journeys.ProviderPublishJourneyIT.waitForVaadin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.browser.SecondFactorSupport;
import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.security.SecondFactors;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
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
 * Issue 21: the header of every role — a visitor, a provider that also deploys and
 * administers its organisation (the most links of any organisation), a deployer, a
 * regulator and an administrator — stays on one line at 1 280 px, does not scroll
 * sideways at 768 and 360 px, passes axe at each width, and its grouped navigation works
 * with the keyboard. Screenshots go to {@code target/screenshots/nav-*}.
 */
@PostgresTest
class NavigationJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	OrganisationService organisations;

	@Autowired
	SecondFactors secondFactors;

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
	@DisplayName("Issue 21: every role's header fits on one line at 1 280 px, and at 768 and 360 px nothing scrolls "
			+ "sideways; axe finds no WCAG 2.1 AA violation at any width")
	void everyRoleFitsOneLine() {
		List<String> problems = new ArrayList<>();
		page = BrowserSupport.newPage();
		check("visitor", "", problems);
		for (TestUser user : List.of(busyProvider(), deployer(), regulator(), testData.administrator())) {
			page.context().clearCookies();
			SecondFactorSupport.logIn(page, url("login"), user.email());
			String role = user.email().substring(0, user.email().indexOf('-'));
			check(role, "", problems);
		}
		assertThat(problems).as("headers on more than one line at 1 280 px or pages wider than the screen").isEmpty();
	}

	@Test
	@DisplayName("Issue 21: a provider's groups open and close with the keyboard, focus is visible, and a group "
			+ "closes once its link was followed; on a phone the menu button opens the same groups")
	void groupsWorkWithTheKeyboard() {
		TestUser provider = busyProvider();
		page = BrowserSupport.newPage();
		page.setViewportSize(1280, 900);
		SecondFactorSupport.logIn(page, url("login"), provider.email());
		page.navigate(url(""));
		waitForVaadin(page);

		Locator workspace = page.locator(".site-nav .nav-group", new Page.LocatorOptions().setHasText("Workspace"));
		Locator summary = workspace.locator("summary");
		page.locator(".site-nav .nav-group summary").first().focus();
		page.keyboard().press("Tab");
		assertThat(summary).isFocused();
		Object outline = summary
			.evaluate("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).boxShadow");
		assertThat(String.valueOf(outline)).as("focus is visible").isNotEqualTo("none none");
		page.keyboard().press("Enter");
		assertThat(workspace).hasAttribute("open", "");
		Locator reports = workspace.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Reports on my entries"));
		assertThat(reports).isVisible();
		BrowserSupport.screenshot(page, "nav-provider-workspace-open-1280");
		reports.focus();
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.endsWith("/workspace/reports"));
		waitForVaadin(page);
		assertThat(workspace).not().hasAttribute("open", "");

		summary.focus();
		page.keyboard().press("Space");
		assertThat(workspace).hasAttribute("open", "");
		page.keyboard().press("Space");
		assertThat(workspace).not().hasAttribute("open", "");

		page.setViewportSize(360, 900);
		page.navigate(url(""));
		waitForVaadin(page);
		assertThat(page.locator(".site-header .site-nav")).isHidden();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
		assertThat(page.locator(".site-header .site-nav")).isVisible();
		summary.click();
		assertThat(reports).isVisible();
		BrowserSupport.screenshot(page, "nav-provider-phone-menu-open-360");
		BrowserSupport.assertNoAccessibilityViolations(page);
		reports.click();
		page.waitForURL(url -> url.endsWith("/workspace/reports"));
		waitForVaadin(page);
		// the phone menu closes after navigating
		assertThat(page.locator(".site-header .site-nav")).isHidden();
	}

	@Test
	@DisplayName("Issue 21: on a 360 px phone the search page shows the results before the filters, which open "
			+ "from a \"Filters\" button; the page does not scroll sideways")
	void phoneSearchShowsResultsFirst() {
		String word = ProviderPublishJourneyIT.uniqueWord();
		String tradeName = word + " Phone Screener";
		testData.publish(testData.provider(), TestData.sample(tradeName));
		page = BrowserSupport.newPage();
		page.setViewportSize(360, 800);
		page.navigate(url("search?q=" + word));
		waitForVaadin(page);
		Locator result = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tradeName));
		for (int attempt = 0; attempt < 20 && result.count() == 0; attempt++) {
			page.waitForTimeout(500);
			page.reload();
			waitForVaadin(page);
		}
		assertThat(result).isVisible();
		Locator facets = page.locator(".search-layout > .facets");
		assertThat(facets).isHidden();
		Locator filters = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters"));
		assertThat(filters).hasAttribute("aria-expanded", "false");
		double headerHeight = page.locator(".site-header").boundingBox().height;
		assertThat(headerHeight).as("a compact header: well under a third of the 800 px screen").isLessThan(800 / 4.0);
		assertThat(result.boundingBox().y).as("the first result within the first screen").isLessThan(800);
		BrowserSupport.screenshot(page, "nav-phone-search-results-first-360");
		BrowserSupport.assertNoAccessibilityViolations(page);

		filters.click();
		assertThat(facets).isVisible();
		assertThat(filters).hasAttribute("aria-expanded", "true");
		Number overflow = (Number) page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow.intValue()).as("px wider than the screen").isLessThanOrEqualTo(0);
		BrowserSupport.screenshot(page, "nav-phone-search-filters-open-360");
		BrowserSupport.assertNoAccessibilityViolations(page);
	}

	void check(String role, String path, List<String> problems) {
		for (int width : EverydayLayoutJourneyIT.WIDTHS) {
			page.setViewportSize(width, 900);
			page.navigate(url(path));
			waitForVaadin(page);
			if (width == 1280) {
				Object rows = page.evaluate("""
						() => { const boxes = [...document.querySelectorAll('.site-header > *, .site-nav > *')]
						    .filter(e => !e.classList.contains('skip-link'))
						    .map(e => [e, e.getBoundingClientRect()])
						    .filter(([e, r]) => r.width > 0 && r.height > 0);
						  const lowestTop = Math.max(...boxes.map(([e, r]) => r.top));
						  const firstBottom = Math.min(...boxes.map(([e, r]) => r.bottom));
						  return lowestTop < firstBottom ? '' : boxes
						    .filter(([e, r]) => r.top >= firstBottom)
						    .map(([e, r]) => (e.className || e.tagName) + '@' + Math.round(r.top)).join(', '); }""");
				if (!String.valueOf(rows).isEmpty()) {
					problems.add(role + " @ 1280: on a second line: " + rows);
				}
				// one line is no use if the header leaves the screen or squeezes the
				// search field to nothing
				Object outside = page.evaluate("""
						() => [...document.querySelectorAll('.site-header > *')]
						    .filter(e => e.getBoundingClientRect().width > 0
						      && e.getBoundingClientRect().right > document.documentElement.clientWidth)
						    .map(e => (e.className || e.tagName) + '@' + Math.round(e.getBoundingClientRect().right))
						    .join(', ')""");
				if (!String.valueOf(outside).isEmpty()) {
					problems.add(role + " @ 1280: past the right edge: " + outside);
				}
				Number search = (Number) page.evaluate(
						"() => document.querySelector('.site-header .header-search').getBoundingClientRect().width");
				if (search.intValue() < 96) {
					problems.add(role + " @ 1280: the search field is only " + search.intValue() + " px wide");
				}
			}
			Number overflow = (Number) page
				.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			if (overflow.intValue() > 0) {
				problems.add(role + " @ " + width + ": " + overflow.intValue() + " px wider than the screen");
			}
			BrowserSupport.screenshot(page, "nav-" + role + "-" + width);
			BrowserSupport.assertNoAccessibilityViolations(page);
		}
	}

	/**
	 * A provider that also deploys and administers its organisation: every workspace link
	 * a non-authority account can have.
	 */
	TestUser busyProvider() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = "Test Organisation " + unique;
		OrganisationId organisation = organisations
			.createOrganisation(
					new NewOrganisation(name, "DE", "contact-" + unique + "@example.org",
							Set.of(OrganisationRole.PROVIDER, OrganisationRole.DEPLOYER), true),
					OrganisationStatus.ACTIVE);
		String email = "provider-" + unique + "@example.org";
		Set<Role> roles = Set.of(Role.PROVIDER, Role.DEPLOYER, Role.ORG_ADMIN);
		UserId user = organisations.createUser(organisation,
				new NewUser(email, TestData.PASSWORD, "Test User " + unique, roles, false));
		if (roles.stream().anyMatch(SecondFactors.REQUIRED_FOR::contains)) {
			secondFactors.enableKnownSecret(user, TestData.TOTP_SECRET);
		}
		return new TestUser(email, organisation, name);
	}

	TestUser deployer() {
		return testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
	}

	TestUser regulator() {
		return testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
	}

}
