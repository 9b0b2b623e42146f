package org.airegistry.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

/**
 * The session benchmark (not a test:
 * {@code ./mvnw -Pbench test -Dbench.test=SessionBenchmark}). For each public page:
 * {@code bench.visitors} visitors (default 100), each in a fresh browser context, first
 * wait on a blank page, then open the page until Vaadin's view has taken over, then close
 * their tab (the browser says goodbye with Vaadin's unload beacon), then, in a second
 * round, lose their connection before closing (no goodbye). Retained heap is the
 * application JVM's live heap after a full GC (a class histogram through the diagnostic
 * command MBean): per open page = (all pages open − all tabs blank) / visitors, which
 * leaves out the browser driver's own objects; per abandoned page = (after closing −
 * before) / visitors. Writes {@code target/session-benchmark-results.md} with the classes
 * that grew most. With {@code -Dbench.jfr=true} a flight recording with old object
 * samples runs, and is written with their paths to the GC roots while each page is open
 * ({@code target/session-open-*.jfr}; {@code jfr print --events jdk.OldObjectSample}).
 */
@BenchApplication
class SessionBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	RegistryQueries registry;

	final int visitors = Integer.getInteger("bench.visitors", 100);

	@Test
	void sessions() throws Exception {
		String entry = "/" + RegistryRoutes.permalink(registry.latestPublications(1).getFirst().registrationNumber());
		StringBuilder report = new StringBuilder("# Session benchmark\n\n");
		report.append(visitors)
			.append(" visitors per page, headless Chromium; live heap after a full GC (class histogram).\n\n")
			.append("| Page | Retained per open page | Vaadin state nodes per page | Per abandoned page (visitor left) | Per abandoned page (connection lost) | Sessions left |\n")
			.append("|---|---|---|---|---|---|\n");
		StringBuilder details = new StringBuilder();
		// warm up: classes loaded, caches filled, code compiled before anything is
		// measured
		if (Boolean.getBoolean("bench.jfr")) {
			diagnosticCommand("jfrStart", "name=session-benchmark", "settings=profile");
		}
		measure("/search?q=hiring", Math.min(visitors, 10));
		for (String path : List.of("/search?q=hiring", entry, "/")) {
			Result result = measure(path, visitors);
			report.append("| `")
				.append(path)
				.append("` | ")
				.append(kb(result.perOpen()))
				.append(" | ")
				.append(Math.round(result.stateNodes()))
				.append(" | ")
				.append(kb(result.perClosed()))
				.append(" | ")
				.append(kb(result.perLost()))
				.append(" | ")
				.append(result.sessions())
				.append(" |\n");
			details.append("\n## `").append(path).append("`: classes that grew most per open page\n\n");
			details.append("| Class | Bytes per page |\n|---|---|\n");
			result.topClasses()
				.forEach((name, bytes) -> details.append("| `")
					.append(name)
					.append("` | ")
					.append(Math.round(bytes))
					.append(" |\n"));
		}
		report.append(details)
			.append("\nJava ")
			.append(System.getProperty("java.version"))
			.append(", max heap ")
			.append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
			.append(" MB, ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" processors\n");
		Files.writeString(Path.of("target", "session-benchmark-results.md"), report);
		System.out.println(report);
	}

	record Result(double perOpen, double stateNodes, double perClosed, double perLost, long sessions,
			Map<String, Double> topClasses) {
	}

	Result measure(String path, int visitors) throws Exception {
		Histogram before = Histogram.now();
		List<Page> tabs = openBlank(visitors);
		Histogram blank = Histogram.now();
		visit(tabs, path);
		Histogram open = Histogram.now();
		if (Boolean.getBoolean("bench.jfr")) {
			// which objects the open pages keep, and through what: old object samples
			// with
			// their paths to the GC roots (jfr print --events jdk.OldObjectSample …)
			String file = Path.of("target", "session-open" + path.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr")
				.toAbsolutePath()
				.toString();
			diagnosticCommand("jfrDump", "name=session-benchmark", "filename=" + file, "path-to-gc-roots=true");
		}
		// the visitor leaves (another site, or the tab is closed): the page says goodbye
		// with Vaadin's unload beacon
		for (Page tab : tabs) {
			tab.navigate("about:blank");
		}
		Thread.sleep(2_000);
		tabs.forEach(BrowserSupport::close);
		Histogram closed = Histogram.now();

		List<Page> lost = openBlank(visitors);
		visit(lost, path);
		lost.forEach(page -> page.context().setOffline(true));
		lost.forEach(BrowserSupport::close);
		Thread.sleep(2_000);
		Histogram afterLost = Histogram.now();

		Map<String, Double> top = new HashMap<>();
		open.bytes().forEach((name, bytes) -> {
			long grown = bytes - blank.bytes().getOrDefault(name, 0L);
			if (grown > 0) {
				top.put(name, grown / (double) visitors);
			}
		});
		Map<String, Double> largest = new java.util.LinkedHashMap<>();
		top.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(Integer.getInteger("bench.classes", 15))
			.forEach(e -> largest.put(e.getKey(), e.getValue()));
		long sessions = afterLost.instances().getOrDefault("com.vaadin.flow.spring.SpringVaadinSession", 0L)
				+ afterLost.instances().getOrDefault("com.vaadin.flow.server.VaadinSession", 0L);
		long nodes = open.instances().getOrDefault("com.vaadin.flow.internal.StateNode", 0L)
				- blank.instances().getOrDefault("com.vaadin.flow.internal.StateNode", 0L);
		return new Result((open.total() - blank.total()) / (double) visitors, nodes / (double) visitors,
				(closed.total() - before.total()) / (double) visitors,
				(afterLost.total() - closed.total()) / (double) visitors, sessions, largest);
	}

	List<Page> openBlank(int count) {
		List<Page> tabs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tabs.add(BrowserSupport.newPage());
		}
		return tabs;
	}

	void visit(List<Page> tabs, String path) {
		for (Page tab : tabs) {
			tab.navigate("http://localhost:" + port + path);
			tab.waitForFunction(
					"() => !document.getElementById('ssr-page') && document.querySelector('#outlet main h1')", null,
					new Page.WaitForFunctionOptions().setTimeout(60_000));
		}
	}

	static String diagnosticCommand(String operation, String... arguments) throws Exception {
		return (String) ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, new Object[] { arguments },
					new String[] { String[].class.getName() });
	}

	static String kb(double bytes) {
		return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
	}

	/** The live objects of this JVM after a full GC, per class. */
	record Histogram(long total, Map<String, Long> bytes, Map<String, Long> instances) {

		static Histogram now() throws Exception {
			MBeanServer server = ManagementFactory.getPlatformMBeanServer();
			String text = (String) server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
					"gcClassHistogram", new Object[] { new String[0] }, new String[] { String[].class.getName() });
			Map<String, Long> bytes = new HashMap<>();
			Map<String, Long> instances = new HashMap<>();
			long total = 0;
			for (String line : text.split("\n")) {
				String[] columns = line.trim().split("\\s+");
				if (columns.length >= 4 && columns[0].endsWith(":")) {
					instances.merge(columns[3], Long.parseLong(columns[1]), Long::sum);
					bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
				}
				else if (columns.length == 3 && columns[0].equals("Total")) {
					total = Long.parseLong(columns[2]);
				}
			}
			return new Histogram(total, bytes, instances);
		}

	}

}
