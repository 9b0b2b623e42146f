package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.browser.SecondFactorSupport;
import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.FriaService;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.moderation.Moderation;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.ConsoleTestData;
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

import com.microsoft.playwright.Locator;
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

	@Autowired
	ExplanationService explanations;

	@Autowired
	FriaService frias;

	@Autowired
	DeploymentService deployments;

	@Autowired
	Moderation moderation;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

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

	@Test
	@DisplayName("Issue 21: a 5 000-character word in a filter chip is cut with the whole filter as its title "
			+ "and name, a long deployer name in a dashboard chart is cut with its title; neither page scrolls "
			+ "sideways at 360, 768 or 1 280 px")
	void longWordsInChipsAndCharts() {
		String word = ProviderPublishJourneyIT.uniqueWord();
		String longWord = (word + "Bewerbungsvorauswahlverfahren".repeat(173)).substring(0, 5000);
		ConsoleTestData console = new ConsoleTestData(testData, explanations, frias, jdbc);
		String system = console.publishSystem(word + " Chart Screener");
		TestUser deployer = console.deployer();
		// the longest name an organisation can have (300 characters), in one word
		String deployerName = (word + "Verwaltungsgemeinschaft".repeat(14)).substring(0, 300);
		jdbc.update("UPDATE organisation SET legal_name = ? WHERE organisation_id = ?", deployerName,
				deployer.organisation().value());
		console.overdueRequest(system, deployer);

		page = BrowserSupport.newPage();
		List<String> wide = new ArrayList<>();
		List<String> inaccessible = new ArrayList<>();
		Locator chip = page.locator(".filter-chips .filter-chip").first();
		for (int width : WIDTHS) {
			page.setViewportSize(width, 900);
			check("search?provider=" + longWord, width, "chips", wide);
			accessible(inaccessible);
			assertThat(chip).hasAttribute("title", "Provider: " + longWord);
			assertThat(chip).hasAttribute("aria-label", Pattern.compile(".*" + longWord + ".*"));
			assertThat(chip.boundingBox().x + chip.boundingBox().width).as("the chip within the screen at " + width)
				.isLessThanOrEqualTo(width);
			// measured again once the interactive chip replaced the first response's link
			if (overflow() > 0 && !subpixel(overflow())) {
				wide.add("search?provider=… @ " + width + " after the page came alive: " + overflow());
			}
		}

		page.setViewportSize(1280, 900);
		SecondFactorSupport.logIn(page, url("login"), console.regulator().email());
		for (int width : WIDTHS) {
			page.setViewportSize(width, 900);
			check("oversight", width, "charts", wide);
			accessible(inaccessible);
		}
		assertThat(page.locator("#overdue-explanations-per-deployer svg text title")
			.filter(new Locator.FilterOptions().setHasText(deployerName))).hasCount(1);
		wide.addAll(inaccessible);
		assertThat(wide).as("pages wider than the screen (path @ width: overflow in px), then what axe finds")
			.isEmpty();
	}

	@Test
	@DisplayName("Issue 21: the deployer's registrations, registration editor, FRIA and explanation inbox, and the "
			+ "regulator's dashboard and attention list, FRIA, complaint and incident inboxes, restricted section, "
			+ "moderation page and audit trail do not scroll sideways at 360, 768 or 1 280 px and pass axe")
	void deployerAndRegulatorPagesAtThreeWidths() {
		String word = ProviderPublishJourneyIT.uniqueWord();
		String longWord = word + "Folgenabschätzungsverfahren".repeat(110);
		ConsoleTestData console = new ConsoleTestData(testData, explanations, frias, jdbc);
		String system = console.publishSystem(word + " Wide Allocator");
		TestUser deployer = console.deployer();
		UUID notification = console.friaNotification(system, deployer);
		Deployment registration = testData.as(deployer, () -> {
			Deployment draft = deployments.start(system);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Town hall 1", "ai@town.example", "IT department",
							"Summary of the assessment. " + longWord, false, "", Set.of(MemberState.DE),
							LocalDate.of(2027, 1, 1), null, RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY,
							"City of Example"));
			deployments.publish(saved.id(), saved.lockVersion(), "");
			return deployments.open(saved.id());
		});
		console.overdueRequest(system, deployer);
		console.complaint(system, deployer, "No answer came. " + longWord);
		String restricted = console.publishRestricted(word + " Restricted Allocator", AnnexIIIPoint.P6B);
		TestUser regulator = console.regulator();
		testData.run(regulator, () -> moderation.flag(restricted, "Under review by the authority. " + longWord));

		page = BrowserSupport.newPage();
		List<String> wide = new ArrayList<>();
		List<String> inaccessible = new ArrayList<>();
		page.setViewportSize(1280, 900);
		SecondFactorSupport.logIn(page, url("login"), deployer.email());
		List<String> deployerPages = List.of("my-deployments", "my-deployments/" + registration.id().value(),
				"my-deployments/fria/" + system, "deployer/explanations");
		for (int width : WIDTHS) {
			page.setViewportSize(width, 900);
			for (String path : deployerPages) {
				check(path, width, "deployer", wide);
				accessible(inaccessible);
			}
		}

		page.context().clearCookies();
		page.setViewportSize(1280, 900);
		SecondFactorSupport.logIn(page, url("login"), regulator.email());
		List<String> regulatorPages = List.of("oversight", "oversight/fria", "oversight/fria/" + notification,
				"oversight/complaints", "oversight/incidents", "oversight/restricted",
				"oversight/restricted/" + restricted, "oversight/moderation/" + restricted, "oversight/audit");
		for (int width : WIDTHS) {
			page.setViewportSize(width, 900);
			for (String path : regulatorPages) {
				check(path, width, "regulator", wide);
				accessible(inaccessible);
			}
		}
		// the attention list is the dashboard's first section; the restricted entry's
		// flag is listed there with its "Moderate" link (DD074)
		page.navigate(url("oversight"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		assertThat(page.locator("#attention-flagged-entries")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Moderate entry " + restricted)))
			.isVisible();
		wide.addAll(inaccessible);
		assertThat(wide).as("pages wider than the screen (path @ width: overflow in px), then what axe finds")
			.isEmpty();
	}

	/** Adds what axe finds on the current page (WCAG 2.1 A/AA) to the list. */
	void accessible(List<String> inaccessible) {
		BrowserSupport.accessibilityViolations(page)
			.forEach(rule -> inaccessible.add(page.url() + " @ " + page.viewportSize().width + ": " + rule.getId() + " "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList()));
	}

	/**
	 * One pixel without any element reaching past the screen: the integer scroll width
	 * rounding a fractional layout width (seen on the dashboard at 360 px), not a page
	 * that scrolls.
	 */
	boolean subpixel(int overflow) {
		return overflow == 1 && Boolean.TRUE.equals(page.evaluate("() => { " + ELEMENTS + """
				const w = document.documentElement.clientWidth;
				return !elements.some(e => e.getBoundingClientRect().right > w); }"""));
	}

	/**
	 * Every element of the page, also those inside the components' shadow roots (a
	 * component's own parts can widen the page while its host stays inside the screen).
	 */
	static final String ELEMENTS = """
			const elements = [];
			const walk = root => { for (const e of root.querySelectorAll('*')) { elements.push(e);
			  if (e.shadowRoot) { walk(e.shadowRoot); } } };
			walk(document.body);
			""";

	int overflow() {
		return ((Number) page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
	}

	void check(String path, int width, String who, List<String> wide) {
		page.navigate(url(path));
		ProviderPublishJourneyIT.waitForVaadin(page);
		Number overflow = (Number) page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		if (overflow.intValue() > 0 && !subpixel(overflow.intValue())) {
			// the innermost elements reaching past the screen, to say what widens the
			// page
			Object culprits = page.evaluate("() => { " + ELEMENTS + """
					const w = document.documentElement.clientWidth;
					const out = elements
					  .filter(e => e.getBoundingClientRect().right > w
					    && ![...e.children, ...(e.shadowRoot ? e.shadowRoot.children : [])]
					      .some(c => c.getBoundingClientRect().right > w))
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
