package org.airegistry.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.deployment.DeployerOfSystem;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page benchmark (not a test:
 * {@code ./mvnw -Pbench test -Dbench.test=PageBenchmark}). Opens the home, search
 * results, entry, deployment and model pages of the demo data in Debian's headless
 * Chromium, each run in a fresh browser context (cold cache), after one unrecorded run
 * per page, and records from the browser's own resource timing: bytes and requests until
 * the main heading is visible, the time until then, the time until Vaadin's view has
 * taken over, and whether the main content is in the first HTML response (its {@code
 *
<h1>} text, read over plain HTTP). Writes {@code target/page-benchmark-results.md}.
 */
@BenchApplication
class PageBenchmark {

	/**
	 * Records in the page, from its very start: when a main heading is first visible,
	 * when Vaadin's view has replaced the server-written page.
	 */
	static final String PROBE = """
			(() => {
			  const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
			  const check = () => {
			    const h1 = document.querySelector('main h1');
			    if (window.__headingVisible === undefined && h1 && visible(h1)) { window.__headingVisible = performance.now(); }
			    if (window.__takeOver === undefined && !document.getElementById('ssr-page')
			        && document.querySelector('#outlet main h1')) { window.__takeOver = performance.now(); }
			    if (window.__headingVisible === undefined || window.__takeOver === undefined) { requestAnimationFrame(check); }
			  };
			  requestAnimationFrame(check);
			})();
			""";

	static final String RESOURCES = """
			() => {
			  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
			  return JSON.stringify({
			    heading: window.__headingVisible ?? null,
			    takeOver: window.__takeOver ?? null,
			    resources: entries.map(e => ({ name: e.name, end: e.responseEnd, bytes: e.transferSize,
			      body: e.encodedBodySize, decoded: e.decodedBodySize, type: e.initiatorType || e.entryType }))
			  });
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	RegistryQueries registry;

	@Autowired
	DeploymentQueries deployments;

	@Autowired
	GpaiQueries models;

	final int runs = Integer.getInteger("bench.runs", 5);

	final JsonMapper json = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	/** One page load. */
	record Run(double headingMs, int requestsToHeading, long bytesToHeading, double takeOverMs, int requestsToTakeOver,
			long bytesToTakeOver, long htmlBytes, long htmlDecodedBytes) {
	}

	@Test
	void pages() throws Exception {
		Map<String, String> pages = pagesToMeasure();
		StringBuilder report = new StringBuilder("# Page benchmark\n\n");
		report.append("Demo data, headless Chromium (Debian), fresh browser context per run (cold cache), ")
			.append(runs)
			.append(" runs per page after one unrecorded run; medians. Bytes are transfer sizes (compressed, with headers).")
			.append("\n\n| Page | Content in first HTML | First HTML (wire / decoded) | Requests to heading | Bytes to heading | Heading visible | Vaadin took over | Requests / bytes until then |\n")
			.append("|---|---|---|---|---|---|---|---|\n");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String path = page.getValue();
			boolean inHtml = contentInFirstResponse(path);
			measure(path);
			List<Run> measured = new ArrayList<>();
			for (int run = 0; run < runs; run++) {
				measured.add(measure(path));
			}
			report.append("| ")
				.append(page.getKey())
				.append(" `")
				.append(path.length() > 40 ? path.substring(0, 40) + "…" : path)
				.append("` | ")
				.append(inHtml ? "yes" : "**no**")
				.append(" | ")
				.append(kb(median(measured, Run::htmlBytes)))
				.append(" / ")
				.append(kb(median(measured, Run::htmlDecodedBytes)))
				.append(" | ")
				.append(Math.round(median(measured, Run::requestsToHeading)))
				.append(" | ")
				.append(kb(median(measured, Run::bytesToHeading)))
				.append(" | ")
				.append(Math.round(median(measured, Run::headingMs)))
				.append(" ms | ")
				.append(Math.round(median(measured, Run::takeOverMs)))
				.append(" ms | ")
				.append(Math.round(median(measured, Run::requestsToTakeOver)))
				.append(" / ")
				.append(kb(median(measured, Run::bytesToTakeOver)))
				.append(" |\n");
		}
		report.append("\nJava ")
			.append(System.getProperty("java.version"))
			.append(", ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" processors, ")
			.append(System.getProperty("os.name"))
			.append(' ')
			.append(System.getProperty("os.version"))
			.append('\n');
		Path out = Path.of("target", "page-benchmark-results.md");
		Files.writeString(out, report);
		System.out.println(report);
	}

	/** Home, search results, an entry, a deployment and a model of the demo data. */
	Map<String, String> pagesToMeasure() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("Home", "/");
		pages.put("Search results", "/search?q=hiring");
		List<PublicEntry> latest = registry.latestPublications(50);
		PublicEntry entry = latest.getLast();
		pages.put("Entry", "/" + RegistryRoutes.permalink(entry.registrationNumber()));
		Map<String, List<DeployerOfSystem>> uses = deployments
			.deployersOf(latest.stream().map(PublicEntry::registrationNumber).toList());
		uses.values()
			.stream()
			.flatMap(List::stream)
			.findFirst()
			.ifPresent(use -> pages.put("Deployment", "/" + DeploymentRoutes.permalink(use.deploymentId())));
		models.published(1)
			.stream()
			.findFirst()
			.ifPresent(model -> pages.put("GPAI model", "/" + GpaiRoutes.permalink(model.id())));
		return pages;
	}

	/** Whether the first HTML response already holds the page's main heading. */
	boolean contentInFirstResponse(String path) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Document document = Jsoup.parse(response.body());
		return document.selectFirst("main h1") != null && !document.selectFirst("main h1").text().isBlank();
	}

	Run measure(String path) throws Exception {
		Page page = BrowserSupport.newPage();
		try {
			page.addInitScript(PROBE);
			page.navigate("http://localhost:" + port + path);
			page.waitForFunction("() => window.__headingVisible !== undefined && window.__takeOver !== undefined", null,
					new Page.WaitForFunctionOptions().setTimeout(60_000));
			JsonNode timing = json.readTree((String) page.evaluate(RESOURCES));
			double heading = timing.get("heading").asDouble();
			double takeOver = timing.get("takeOver").asDouble();
			int requestsToHeading = 0;
			long bytesToHeading = 0;
			int requestsToTakeOver = 0;
			long bytesToTakeOver = 0;
			long html = 0;
			long htmlDecoded = 0;
			for (JsonNode resource : timing.get("resources")) {
				double end = resource.get("end").asDouble();
				long bytes = resource.get("bytes").asLong();
				if ("navigation".equals(resource.get("type").asString())) {
					html = bytes;
					htmlDecoded = resource.get("decoded").asLong();
				}
				if (end <= heading) {
					requestsToHeading++;
					bytesToHeading += bytes;
				}
				if (end <= takeOver) {
					requestsToTakeOver++;
					bytesToTakeOver += bytes;
				}
			}
			return new Run(heading, requestsToHeading, bytesToHeading, takeOver, requestsToTakeOver, bytesToTakeOver,
					html, htmlDecoded);
		}
		finally {
			BrowserSupport.close(page);
		}
	}

	static double median(List<Run> runs, ToDoubleFunction<Run> value) {
		double[] values = runs.stream().mapToDouble(value).sorted().toArray();
		return values.length % 2 == 1 ? values[values.length / 2]
				: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
	}

	static String kb(double bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024);
	}

}
