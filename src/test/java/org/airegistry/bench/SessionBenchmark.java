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

import javax.management.ObjectName;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import com.microsoft.playwright.Page;

/**
 * The session benchmark (not a test:
 * {@code ./mvnw -Pbench test -Dbench.test=SessionBenchmark}). For each public page
 * ({@code bench.pages}, comma-separated, or search, an entry and home): every session of
 * the earlier rounds is ended, then {@code bench.visitors} visitors (default 100), each
 * in a fresh browser context, first wait on a blank page, then open the page until
 * Vaadin's view has taken over, then read it for {@code bench.idleSeconds} (20; the
 * server closes idle keep-alive connections meanwhile), then close their tab (the browser
 * says goodbye with Vaadin's unload beacon), then, in a second round, lose their
 * connection before closing (no goodbye). Retained heap is the application JVM's live
 * heap after a full GC (a class histogram through the diagnostic command MBean, written
 * to {@code target/session-histograms/} and held in memory only as totals, so that the
 * benchmark's own bookkeeping does not show as growth): per open page = (all pages open −
 * all tabs blank) / visitors, which leaves out the browser driver's own objects; per
 * abandoned page = (after closing − before) / visitors. Writes
 * {@code target/session-benchmark-results.md} with the classes that grew most. With
 * {@code -Dbench.jfr=true} a flight recording with old object samples runs, and is
 * written with their paths to the GC roots while each page is open and after the visitors
 * left ({@code target/session-open-*.jfr}, {@code session-closed-*.jfr};
 * {@code jfr print --events jdk.OldObjectSample}).
 */
@BenchApplication
class SessionBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	RegistryQueries registry;

	@Autowired
	WebServerApplicationContext server;

	final int visitors = Integer.getInteger("bench.visitors", 100);

	/**
	 * Ends every session the earlier rounds left (the lost connections' sessions keep
	 * their UIs until the anonymous timeout), so that they cannot expire in the middle of
	 * the next page's measurement and show as negative growth.
	 */
	void endAllSessions() {
		org.apache.catalina.startup.Tomcat tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) server
			.getWebServer()).getTomcat();
		for (org.apache.catalina.Container context : tomcat.getHost().findChildren()) {
			for (org.apache.catalina.Session session : ((org.apache.catalina.Context) context).getManager()
				.findSessions()) {
				session.expire();
			}
		}
	}

	@Test
	void sessions() throws Exception {
		String entry = "/" + RegistryRoutes.permalink(registry.latestPublications(1).getFirst().registrationNumber());
		StringBuilder report = new StringBuilder("# Session benchmark\n\n");
		report.append(visitors)
			.append(" visitors per page, headless Chromium; live heap after a full GC (class histogram).\n\n")
			.append("| Page | Retained per open page (just loaded) | Per open page (read, connections idle-closed) | Vaadin state nodes per page | Per abandoned page (visitor left) | Per abandoned page (connection lost) | Sessions left |\n")
			.append("|---|---|---|---|---|---|---|\n");
		StringBuilder details = new StringBuilder();
		// warm up: classes loaded, caches filled, code compiled before anything is
		// measured
		if (Boolean.getBoolean("bench.jfr")) {
			diagnosticCommand("jfrStart", "name=session-benchmark", "settings=profile");
		}
		measure("/search?q=hiring", Math.min(visitors, 10));
		List<String> pages = System.getProperty("bench.pages") == null ? List.of("/search?q=hiring", entry, "/")
				: List.of(System.getProperty("bench.pages").split(","));
		for (String path : pages) {
			Result result = measure(path, visitors);
			report.append("| `")
				.append(path)
				.append("` | ")
				.append(kb(result.perOpen()))
				.append(" | ")
				.append(kb(result.perReading()))
				.append(" | ")
				.append(Math.round(result.stateNodes()))
				.append(" | ")
				.append(kb(result.perClosed()))
				.append(" | ")
				.append(kb(result.perLost()))
				.append(" | ")
				.append(result.sessions())
				.append(" |\n");
			classes(details, path, "open", result.topClasses());
			classes(details, path, "abandoned", result.topClosedClasses());
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

	record Result(double perOpen, double perReading, double stateNodes, double perClosed, double perLost, long sessions,
			Map<String, Double> topClasses, Map<String, Double> topClosedClasses) {
	}

	Result measure(String path, int visitors) throws Exception {
		endAllSessions();
		Histogram before = Histogram.now(path + "-before");
		List<Page> tabs = openBlank(visitors);
		Histogram blank = Histogram.now(path + "-blank");
		visit(tabs, path);
		Histogram open = Histogram.now(path + "-open");
		// the visitors read: no request until the next heartbeat, so the server closes
		// their idle keep-alive connections after server.tomcat.keep-alive-timeout
		Thread.sleep(Long.getLong("bench.idleSeconds", 20) * 1000);
		Histogram reading = Histogram.now(path + "-reading");
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
		// the closed tabs' driver objects (pages, frames, their JSON) are garbage now,
		// not part of what the abandoned pages keep in the application
		tabs.clear();
		Histogram closed = Histogram.now(path + "-closed");
		if (Boolean.getBoolean("bench.jfr")) {
			String file = Path.of("target", "session-closed" + path.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr")
				.toAbsolutePath()
				.toString();
			diagnosticCommand("jfrDump", "name=session-benchmark", "filename=" + file, "path-to-gc-roots=true");
		}

		List<Page> lost = openBlank(visitors);
		visit(lost, path);
		lost.forEach(page -> page.context().setOffline(true));
		lost.forEach(BrowserSupport::close);
		lost.clear();
		Thread.sleep(2_000);
		Histogram afterLost = Histogram.now(path + "-lost");

		Map<String, Double> largest = grown(blank, open, visitors);
		Map<String, Double> largestClosed = grown(before, closed, visitors);
		long sessions = afterLost.instances("com.vaadin.flow.spring.SpringVaadinSession")
				+ afterLost.instances("com.vaadin.flow.server.VaadinSession");
		long nodes = open.instances("com.vaadin.flow.internal.StateNode")
				- blank.instances("com.vaadin.flow.internal.StateNode");
		return new Result((open.total() - blank.total()) / (double) visitors,
				(reading.total() - blank.total()) / (double) visitors, nodes / (double) visitors,
				(closed.total() - before.total()) / (double) visitors,
				(afterLost.total() - closed.total()) / (double) visitors, sessions, largest, largestClosed);
	}

	/**
	 * A table of the classes that grew most per page of the kind ("open", "abandoned").
	 */
	static void classes(StringBuilder details, String path, String kind, Map<String, Double> top) {
		details.append("\n## `").append(path).append("`: classes that grew most per ").append(kind).append(" page\n\n");
		details.append("| Class | Bytes per page |\n|---|---|\n");
		top.forEach((name,
				bytes) -> details.append("| `").append(name).append("` | ").append(Math.round(bytes)).append(" |\n"));
	}

	/**
	 * The classes whose live bytes grew most from one histogram to the next, per visitor.
	 */
	static Map<String, Double> grown(Histogram from, Histogram to, int visitors) throws Exception {
		Map<String, Double> top = new HashMap<>();
		Map<String, Long> earlier = from.bytes();
		to.bytes().forEach((name, bytes) -> {
			long grown = bytes - earlier.getOrDefault(name, 0L);
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
		return largest;
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

	/**
	 * The live objects of this JVM after a full GC: the totals in memory, the class
	 * histogram in a file. Kept small on purpose: a histogram held in memory (maps of
	 * some 20 000 class names) would itself show in the next histogram as growth of
	 * {@code HashMap$Node}, {@code String}, {@code byte[]} and {@code Long} — several
	 * megabytes, which per visitor looked like retained session state.
	 */
	record Histogram(long total, Map<String, Long> counted, Path file) {

		static final List<String> COUNTED = List.of("com.vaadin.flow.internal.StateNode",
				"com.vaadin.flow.spring.SpringVaadinSession", "com.vaadin.flow.server.VaadinSession");

		static Histogram now(String name) throws Exception {
			String text = diagnosticCommand("gcClassHistogram");
			Path file = Path.of("target", "session-histograms", name.replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
			long total = 0;
			Map<String, Long> counted = new HashMap<>();
			for (String line : text.split("\n")) {
				String[] columns = line.trim().split("\\s+");
				if (columns.length >= 4 && columns[0].endsWith(":") && COUNTED.contains(columns[3])) {
					counted.merge(columns[3], Long.parseLong(columns[1]), Long::sum);
				}
				else if (columns.length == 3 && columns[0].equals("Total")) {
					total = Long.parseLong(columns[2]);
				}
			}
			return new Histogram(total, counted, file);
		}

		long instances(String type) {
			return counted.getOrDefault(type, 0L);
		}

		/** Bytes per class, read back from the file (after the measurement). */
		Map<String, Long> bytes() throws Exception {
			Map<String, Long> bytes = new HashMap<>();
			for (String line : Files.readAllLines(file)) {
				String[] columns = line.trim().split("\\s+");
				if (columns.length >= 4 && columns[0].endsWith(":")) {
					bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
				}
			}
			return bytes;
		}

	}

}
