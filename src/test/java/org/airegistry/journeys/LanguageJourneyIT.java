package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.shared.i18n.OfficialLanguages;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The portal in the visitor's language, in a real browser: the browser's
 * {@code Accept-Language} picks the portal's language when it is complete, the switcher
 * lists every offered language in its own name and keeps the choice, {@code ?lang=} names
 * a page's language, dates are read as the language writes them, and the pages pass axe
 * and do not scroll sideways at 360, 768 and 1280 pixels in a non-English language (long
 * German words).
 */
@PostgresTest
class LanguageJourneyIT {

	private static final Translations TRANSLATIONS = Translations.standard();

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

	/**
	 * Every offered language but English: German, French, Dutch, Italian, Spanish and
	 * Polish at least.
	 */
	static List<Locale> offeredOtherThanEnglish() {
		List<Locale> languages = TRANSLATIONS.offered()
			.stream()
			.filter(language -> !language.getLanguage().equals("en"))
			.toList();
		assertThat(languages).extracting(Locale::getLanguage)
			.as("issue 19's languages are complete and offered")
			.contains("de", "fr", "nl", "it", "es", "pl");
		return languages;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("offeredOtherThanEnglish")
	@DisplayName("A browser asking for an offered language lands on the portal in it (<html lang>, texts)")
	void browserLanguage(Locale language) {
		page = BrowserSupport.newPage(language);
		page.navigate(url(""));
		ProviderPublishJourneyIT.waitForVaadin(page);
		assertThat(page.locator("html")).hasAttribute("lang", language.getLanguage());
		assertThat(page.locator(".brand")).hasText(TRANSLATIONS.text("app.name", language));
		assertThat(page.locator(".brand")).not().hasText(TRANSLATIONS.text("app.name", Locale.ENGLISH));
	}

	@ParameterizedTest(name = "Accept-Language: {0}")
	@ValueSource(strings = { "fr", "pl", "fr-BE,fr;q=0.9,en;q=0.5", "pl-PL,pl;q=0.9,de;q=0.7" })
	@DisplayName("A French or Polish browser lands on the French or Polish portal (both complete and offered)")
	void frenchAndPolishBrowsers(String acceptLanguage) {
		List<Locale> asked = Locale.LanguageRange.parse(acceptLanguage)
			.stream()
			.map(range -> Locale.forLanguageTag(range.getRange()))
			.toList();
		Locale expected = Locale.of(asked.getFirst().getLanguage());
		assertThat(TRANSLATIONS.isOffered(expected)).as(expected + " offered").isTrue();
		assertThat(TRANSLATIONS.firstOffered(new ArrayList<>(asked)).getLanguage()).isEqualTo(expected.getLanguage());
		page = BrowserSupport.newPage(acceptLanguage);
		page.navigate(url(""));
		ProviderPublishJourneyIT.waitForVaadin(page);
		assertThat(page.locator("html")).hasAttribute("lang", expected.getLanguage());
		assertThat(page.locator(".brand")).hasText(TRANSLATIONS.text("app.name", expected));
	}

	@Test
	@DisplayName("The switcher lists each offered language in its own name; a choice is kept and ?lang= overrides it")
	void switcher() {
		page = BrowserSupport.newPage(Locale.ENGLISH);
		page.navigate(url("search?q=registry"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		assertThat(page.locator("html")).hasAttribute("lang", "en");

		page.locator("vaadin-select.language-switcher").click();
		// the options of the open list (the field also shows a copy of the chosen one)
		List<String> names = page.getByRole(AriaRole.LISTBOX)
			.getByRole(AriaRole.OPTION)
			.allInnerTexts()
			.stream()
			.map(String::strip)
			.toList();
		assertThat(names)
			.containsExactlyElementsOf(TRANSLATIONS.offered().stream().map(OfficialLanguages::ownName).toList());
		page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Deutsch")).click();

		page.waitForURL(Pattern.compile(".*[?&]lang=de.*"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		assertThat(page).hasURL(Pattern.compile(".*q=registry.*"));
		assertThat(page.locator("html")).hasAttribute("lang", "de");
		BrowserSupport.assertNoAccessibilityViolations(page);

		// the choice is kept for the next visit without a parameter
		page.navigate(url("guide"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		assertThat(page.locator("html")).hasAttribute("lang", "de");
		assertThat(page.locator(".brand")).hasText(TRANSLATIONS.text("app.name", Locale.GERMAN));

		// a page's own language in its address wins
		page.navigate(url("guide?lang=en"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator(".brand")).hasText(TRANSLATIONS.text("app.name", Locale.ENGLISH));
	}

	@Test
	@DisplayName("Dates are read as the UI language writes them: 31/12/2029 in English, 31.12.2029 in German; a date it cannot read is reported")
	void datesInTheLanguagesFormat() {
		page = BrowserSupport.newPage(Locale.ENGLISH);
		page.navigate(url("search?q=registry"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		page.getByLabel("Registered until").fill("31/12/2029");
		page.getByLabel("Registered until").press("Enter");
		page.waitForURL(Pattern.compile(".*to=2029-12-31.*"));

		page.navigate(url("search?q=registry&lang=de"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		page.getByLabel("Registriert ab").fill("1.2.2029");
		page.getByLabel("Registriert ab").press("Enter");
		page.waitForURL(Pattern.compile(".*from=2029-02-01.*"));

		page.getByLabel("Registriert bis").fill("31.31.2029");
		page.getByLabel("Registriert bis").press("Enter");
		assertThat(page.locator("vaadin-date-picker[invalid]")).containsText("31.12.2029");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "de", "pl" })
	@DisplayName("German and Polish pages (the longest labels), public and a provider's, pass axe and do not scroll sideways at 360, 768 and 1280 pixels")
	void longLabelsLayout(String tag) {
		Locale language = Locale.of(tag);
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Bewerbungsvorauswahl"));
		WorkspaceEntry entry = testData.as(provider, () -> testData.registry().myEntries().getFirst());
		List<String> paths = List.of("", "search?q=Bewerbungsvorauswahl", "systems/" + number,
				"guide?subject=system&art5=none", "explanations/new?system=" + number, "sign-up", "open-data",
				"search?kind=models", "login");
		page = BrowserSupport.newPage(language);
		List<String> overflowing = new ArrayList<>();
		for (int width : new int[] { 360, 768, 1280 }) {
			page.setViewportSize(width, 900);
			for (String path : paths) {
				checkLayout(path, width, tag, overflowing);
			}
		}

		// signed in: the account's profile says English, so ?lang= asks for the language
		page.setViewportSize(1280, 900);
		page.navigate(url("login"));
		ProviderPublishJourneyIT.waitForVaadin(page);
		page.locator("input[name='username']").fill(provider.email());
		page.locator("input[name='password']").fill(TestData.PASSWORD);
		page.locator("input[name='password']").press("Enter");
		page.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));
		List<String> providerPages = List.of("workspace?lang=" + tag,
				"workspace/systems/" + entry.id().value() + "?lang=" + tag, "workspace/reports?lang=" + tag);
		for (int width : new int[] { 360, 1280 }) {
			page.setViewportSize(width, 900);
			for (String path : providerPages) {
				checkLayout(path, width, tag, overflowing);
			}
		}
		assertThat(overflowing).isEmpty();
		assertThat(page.getByRole(AriaRole.NAVIGATION).first()).isAttached();
	}

	/**
	 * One page in the language: its lang, no sideways scrolling, axe at 360 and 1280 px.
	 */
	private void checkLayout(String path, int width, String tag, List<String> overflowing) {
		page.navigate(url(path));
		ProviderPublishJourneyIT.waitForVaadin(page);
		assertThat(page.locator("html")).hasAttribute("lang", tag);
		Number scroll = (Number) page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		if (scroll.intValue() > 1) {
			overflowing.add(path + " at " + width + " px: " + scroll + " px too wide");
		}
		if (width == 360 || width == 1280) {
			BrowserSupport.assertNoAccessibilityViolations(page);
		}
		BrowserSupport.screenshot(page, tag + "-" + width + "-"
				+ (path.isEmpty() ? "home" : path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "")));
	}

}
