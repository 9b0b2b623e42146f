package org.airegistry.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * One Playwright and one headless Chromium per test JVM, started on first use and closed
 * by a shutdown hook. Uses the {@code chromium} found on the {@code PATH} (Debian's
 * package), or the executable named by the system property {@code airegistry.chromium};
 * never a browser downloaded by Playwright.
 * <p>
 * Without Chromium a browser test is skipped on a developer machine and fails when
 * {@code CI=true}. Playwright objects are not thread-safe: use this class from one test
 * thread at a time.
 * <p>
 * Typical use: {@code Page page = BrowserSupport.newPage();} ... then
 * {@code BrowserSupport.close(page)} in a {@code finally} block or {@code @AfterEach}.
 */
public final class BrowserSupport {

	/** The WCAG 2.0 and 2.1 level A and AA rule tags that every page must pass. */
	public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final String INSTALL_HINT = "Install Debian's Chromium to run browser tests: "
			+ "sudo apt-get install -y chromium";

	private static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

	private static @Nullable Playwright playwright;

	private static @Nullable Browser browser;

	private BrowserSupport() {
	}

	/**
	 * A fresh page in a fresh browser context (own cookies and storage) with the default
	 * locale and a 1280x900 viewport.
	 */
	public static Page newPage() {
		return newPage(DEFAULT_LOCALE);
	}

	/**
	 * A fresh page in a fresh browser context whose language ({@code Accept-Language},
	 * {@code navigator.language}) is the given locale.
	 */
	public static Page newPage(Locale locale) {
		BrowserContext context = browser()
			.newContext(new Browser.NewContextOptions().setLocale(locale.toLanguageTag()).setViewportSize(1280, 900));
		return context.newPage();
	}

	/**
	 * A fresh page in a fresh browser context with the default locale and the given
	 * viewport width (900 pixels high).
	 */
	public static Page newPage(int width) {
		BrowserContext context = browser().newContext(
				new Browser.NewContextOptions().setLocale(DEFAULT_LOCALE.toLanguageTag()).setViewportSize(width, 900));
		return context.newPage();
	}

	/**
	 * A fresh page in a fresh browser context that runs no JavaScript, as some readers
	 * and crawlers see the portal.
	 */
	public static Page newPageWithoutJavaScript(int width) {
		BrowserContext context = browser()
			.newContext(new Browser.NewContextOptions().setLocale(DEFAULT_LOCALE.toLanguageTag())
				.setViewportSize(width, 900)
				.setJavaScriptEnabled(false));
		return context.newPage();
	}

	/**
	 * A fresh page in a fresh browser context that asks for languages as a browser
	 * configured with several does: every request carries the {@code Accept-Language}
	 * header given (e.g. {@code "fr-BE,fr;q=0.9,en;q=0.5"}), {@code navigator.language}
	 * is its first range. Chromium sends the context locale's header on page loads and
	 * ignores extra HTTP headers there (only fetch/XHR carry them), so the header is set
	 * on every request by a route.
	 */
	public static Page newPage(String acceptLanguage) {
		Locale first = Locale.forLanguageTag(Locale.LanguageRange.parse(acceptLanguage).get(0).getRange());
		Page page = newPage(first);
		page.context().route("**/*", route -> {
			Map<String, String> headers = new HashMap<>(route.request().headers());
			headers.put("accept-language", acceptLanguage);
			route.resume(new Route.ResumeOptions().setHeaders(headers));
		});
		return page;
	}

	/** Closes the page together with its browser context. */
	public static void close(Page page) {
		page.context().close();
	}

	/**
	 * Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns
	 * its path.
	 */
	public static Path screenshot(Page page, String name) {
		if (!name.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("Screenshot name must be a plain file name: " + name);
		}
		Path file = screenshotDirectory().resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/**
	 * Fails with a readable list (rule id, impact, help, target selectors) when axe-core
	 * finds WCAG 2.1 A/AA violations on the page as it is now.
	 * <p>
	 * {@code ignoredRuleIds} is for violations inside third-party web components that the
	 * project cannot fix (for example markup in a Vaadin component's shadow DOM). A
	 * caller that ignores a rule must say in a comment next to the call which component
	 * causes it and why it is not a barrier for users; never ignore a rule for the
	 * project's own markup.
	 */
	public static void assertNoAccessibilityViolations(Page page, String... ignoredRuleIds) {
		List<Rule> violations = accessibilityViolations(page, ignoredRuleIds);
		if (!violations.isEmpty()) {
			throw new AssertionError(describe(page.url(), violations));
		}
	}

	/**
	 * The WCAG 2.1 A/AA violations axe-core finds on the page, without the ignored rules.
	 */
	public static List<Rule> accessibilityViolations(Page page, String... ignoredRuleIds) {
		// a notification fading in or out has a partial opacity: axe would judge a
		// contrast no reader sees for more than a moment. Waiting for settled cards is
		// not enough: a card whose duration ends while axe runs starts fading out
		// mid-analysis (CI, TestingJourneyIT). Without animations a card opens and
		// closes at once, so axe only ever sees it fully opaque or not at all. (Vaadin
		// clears a card's "opening" attribute on animationend, which then never comes:
		// do not wait for it.)
		page.addStyleTag(new Page.AddStyleTagOptions()
			.setContent("vaadin-notification-card { animation: none !important; opacity: 1 !important; }"));
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
		}
		Set<String> ignored = Set.copyOf(Arrays.asList(ignoredRuleIds));
		return results.getViolations().stream().filter((rule) -> !ignored.contains(rule.getId())).toList();
	}

	private static String describe(String url, List<Rule> violations) {
		String details = violations.stream()
			.map((rule) -> "- %s [%s]: %s (%s)%n    targets: %s".formatted(rule.getId(), rule.getImpact(),
					rule.getHelp(), rule.getHelpUrl(), targets(rule)))
			.collect(Collectors.joining(System.lineSeparator()));
		return "%d accessibility violation(s) (WCAG 2.1 A/AA) on %s:%n%s".formatted(violations.size(), url, details);
	}

	private static String targets(Rule rule) {
		List<CheckedNode> nodes = (rule.getNodes() != null) ? rule.getNodes() : List.of();
		return nodes.stream().map((node) -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
	}

	private static synchronized Browser browser() {
		Browser current = browser;
		if (current != null) {
			return current;
		}
		Path chromium = findChromium();
		Playwright created = playwright;
		if (created == null) {
			created = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			playwright = created;
			Runtime.getRuntime().addShutdownHook(new Thread(BrowserSupport::shutdown, "playwright-shutdown"));
		}
		current = created.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
		browser = current;
		return current;
	}

	private static Path findChromium() {
		String configured = System.getProperty("airegistry.chromium");
		if (configured != null) {
			Path executable = Path.of(configured);
			return Files.isExecutable(executable) ? executable
					: chromiumMissing("No executable Chromium at airegistry.chromium=" + configured + ".");
		}
		String path = System.getenv("PATH");
		Stream<Path> candidates = Stream
			.concat(Arrays.stream((path != null) ? path.split(File.pathSeparator) : new String[0]),
					Stream.of("/usr/bin"))
			.filter((dir) -> !dir.isBlank())
			.map((dir) -> Path.of(dir, "chromium"));
		return candidates.filter(Files::isExecutable)
			.findFirst()
			.orElseGet(() -> chromiumMissing("No 'chromium' on PATH."));
	}

	private static Path chromiumMissing(String problem) {
		String message = problem + " " + INSTALL_HINT;
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(message + " (CI=true: browser tests must run, not be skipped)");
		}
		return Assumptions.abort(message);
	}

	private static synchronized void shutdown() {
		Browser openBrowser = browser;
		Playwright openPlaywright = playwright;
		browser = null;
		playwright = null;
		try {
			if (openBrowser != null) {
				openBrowser.close();
			}
		}
		finally {
			if (openPlaywright != null) {
				openPlaywright.close();
			}
		}
	}

	private static Path screenshotDirectory() {
		Path directory = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
