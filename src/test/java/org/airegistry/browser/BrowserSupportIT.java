package org.airegistry.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checks the browser test support itself against static pages served by the JDK's HTTP
 * server: Chromium loads a page, screenshots land on disk, axe-core reports violations.
 */
class BrowserSupportIT {

	private static final Map<String, String> PAGES = Map.of("/clean.html", """
			<!DOCTYPE html>
			<html lang="en">
			<head><meta charset="utf-8"><title>Clean page</title></head>
			<body>
			<main>
			<h1>Search the registry</h1>
			<form role="search">
			<label for="q">Search terms</label>
			<input id="q" type="search" name="q">
			<button type="submit">Search</button>
			</form>
			</main>
			</body>
			</html>
			""", "/unlabeled.html", """
			<!DOCTYPE html>
			<html lang="en">
			<head><meta charset="utf-8"><title>Unlabeled input</title></head>
			<body>
			<main>
			<h1>Search the registry</h1>
			<input id="unlabeled-query" type="text" name="q">
			</main>
			</body>
			</html>
			""");

	private static HttpServer server;

	private Page page;

	@BeforeAll
	static void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", BrowserSupportIT::serve);
		server.start();
	}

	@AfterAll
	static void stopServer() {
		server.stop(0);
	}

	@BeforeEach
	void openPage() {
		this.page = BrowserSupport.newPage();
	}

	@AfterEach
	void closePage() {
		BrowserSupport.close(this.page);
	}

	@Test
	@DisplayName("Chromium loads a page and a full-page screenshot is written")
	void loadsPageAndTakesScreenshot() throws IOException {
		this.page.navigate(url("/clean.html"));

		assertThat(this.page.title()).isEqualTo("Clean page");
		assertThat(this.page.getByRole(AriaRole.HEADING).textContent()).isEqualTo("Search the registry");
		Path screenshot = BrowserSupport.screenshot(this.page, "browser-support-clean");
		assertThat(screenshot).exists().hasFileName("browser-support-clean.png");
		assertThat(screenshot.getParent()).endsWith(Path.of("target", "screenshots"));
		byte[] png = Files.readAllBytes(screenshot);
		assertThat(png).hasSizeGreaterThan(1000).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	@DisplayName("axe-core finds no WCAG 2.1 A/AA violation on a clean page")
	void cleanPageHasNoViolations() {
		this.page.navigate(url("/clean.html"));

		BrowserSupport.assertNoAccessibilityViolations(this.page);
	}

	@Test
	@DisplayName("axe-core reports an unlabeled input with rule id, impact and target")
	void unlabeledInputIsAViolation() {
		this.page.navigate(url("/unlabeled.html"));

		assertThatThrownBy(() -> BrowserSupport.assertNoAccessibilityViolations(this.page))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("- label [critical]")
			.hasMessageContaining("#unlabeled-query");
	}

	@Test
	@DisplayName("an ignored rule id is left out of the violations")
	void ignoredRuleIsLeftOut() {
		this.page.navigate(url("/unlabeled.html"));

		assertThat(BrowserSupport.accessibilityViolations(this.page)).extracting((rule) -> rule.getId())
			.contains("label");
		assertThat(BrowserSupport.accessibilityViolations(this.page, "label")).extracting((rule) -> rule.getId())
			.doesNotContain("label");
	}

	private static String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	private static void serve(HttpExchange exchange) throws IOException {
		String html = PAGES.get(exchange.getRequestURI().getPath());
		byte[] body = ((html != null) ? html : "not found").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders((html != null) ? 200 : 404, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
