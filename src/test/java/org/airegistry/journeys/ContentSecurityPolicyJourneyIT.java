package org.airegistry.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchService;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;

/**
 * Which content security policy the Vaadin client needs in production mode, measured in a
 * real browser (DD047): the main pages (home, search with a query typed and sent, an
 * entry page, the guide, the login) are walked three times, with the portal's own policy,
 * with that policy without {@code 'unsafe-eval'}, and without {@code 'unsafe-inline'} for
 * scripts as well (the stricter policies replace the header of every page on its way to
 * the browser). Every {@code securitypolicyviolation} event and console report is
 * recorded; the evidence goes to {@code target/csp-evidence.md}. The portal's policy must
 * cause no violation; the stricter ones are expected to break the client, and this test
 * fails when they no longer do, the signal to tighten the policy.
 */
@PostgresTest
class ContentSecurityPolicyJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	SearchService search;

	record Walk(List<String> violations, boolean searchWorked) {
	}

	static final String LISTENER = """
			window.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
			    e.violatedDirective + ' blocked ' + (e.blockedURI || '?') + (e.sample ? ' sample: ' + e.sample.substring(0, 60) : '')));
			""";

	Walk walk(String word, String number, UnaryOperator<String> policy) {
		Page page = BrowserSupport.newPage();
		List<String> violations = new CopyOnWriteArrayList<>();
		boolean searchWorked = false;
		try {
			page.addInitScript(LISTENER);
			page.onConsoleMessage(message -> {
				if (message.text().contains("Content Security Policy")) {
					violations.add("console: " + message.text().substring(0, Math.min(200, message.text().length())));
				}
			});
			page.route("**/*", route -> {
				if (!"document".equals(route.request().resourceType())) {
					route.resume();
					return;
				}
				APIResponse response = route.fetch();
				Map<String, String> headers = new LinkedHashMap<>(response.headers());
				headers.computeIfPresent("content-security-policy", (name, value) -> policy.apply(value));
				route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
			});
			for (String path : List.of("", "guide", "login", "systems/" + number)) {
				page.navigate(url(path));
				page.waitForLoadState(LoadState.NETWORKIDLE);
				collect(page, path, violations);
			}
			page.navigate(url("search"));
			page.waitForLoadState(LoadState.NETWORKIDLE);
			try {
				page.getByRole(com.microsoft.playwright.options.AriaRole.SEARCHBOX)
					.first()
					.fill(word, new com.microsoft.playwright.Locator.FillOptions().setTimeout(10_000));
				page.keyboard().press("Enter");
				page.getByText(number)
					.first()
					.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(15_000));
				searchWorked = true;
			}
			catch (RuntimeException ex) {
				violations.add("search did not work: " + ex.getMessage().lines().findFirst().orElse(""));
			}
			collect(page, "search", violations);
		}
		finally {
			BrowserSupport.close(page);
		}
		return new Walk(List.copyOf(violations), searchWorked);
	}

	@SuppressWarnings("unchecked")
	static void collect(Page page, String path, List<String> violations) {
		Object found;
		try {
			found = page.evaluate("() => window.__cspViolations || []");
		}
		catch (PlaywrightException ex) {
			// a navigation under way (the search answered by a new document) destroyed
			// the
			// page's context while it was read (full build, 2026-12-05): read the new
			// document once it has loaded; the old one's violations also reached the
			// console listener
			page.waitForLoadState(LoadState.NETWORKIDLE);
			found = page.evaluate("() => window.__cspViolations || []");
		}
		for (Object violation : (List<Object>) found) {
			violations.add("/" + path + ": " + violation);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	@Test
	@DisplayName("The portal's CSP causes no violation on the main pages; without 'unsafe-eval' or 'unsafe-inline' the Vaadin client breaks (evidence in target/csp-evidence.md)")
	void policyEvidence() throws Exception {
		String word = ProviderPublishJourneyIT.uniqueWord();
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample(word + " Policy Screener"));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> search.search(SearchQuery.of(word)).total() == 1);

		Map<String, Walk> walks = new LinkedHashMap<>();
		walks.put("portal policy", walk(word, number, UnaryOperator.identity()));
		walks.put("without 'unsafe-eval'", walk(word, number, csp -> csp.replace(" 'unsafe-eval'", "")));
		walks.put("without 'unsafe-eval' and script 'unsafe-inline'", walk(word, number,
				csp -> csp.replace("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "script-src 'self'")));

		List<String> report = new ArrayList<>(List.of("# CSP evidence (ContentSecurityPolicyJourneyIT)", ""));
		walks.forEach((name, walk) -> {
			report.add("## " + name + ": search " + (walk.searchWorked() ? "worked" : "did NOT work") + ", "
					+ walk.violations().size() + " violation(s)");
			walk.violations().stream().limit(20).forEach(violation -> report.add("- " + violation));
			report.add("");
		});
		Path evidence = Path.of("target", "csp-evidence.md");
		Files.createDirectories(evidence.getParent());
		Files.write(evidence, report);
		String text = String.join("\n", report);

		Walk portal = walks.get("portal policy");
		assertThat(portal.violations()).as(text).isEmpty();
		assertThat(portal.searchWorked()).as(text).isTrue();
		assertThat(walks.get("without 'unsafe-eval'").violations())
			.as("Vaadin's client no longer needs 'unsafe-eval': drop it from the policy (DD047)%n%s", text)
			.isNotEmpty();
		assertThat(walks.get("without 'unsafe-eval' and script 'unsafe-inline'").violations())
			.as("Vaadin's client no longer needs inline scripts: drop 'unsafe-inline' (DD047)%n%s", text)
			.isNotEmpty();
	}

}
