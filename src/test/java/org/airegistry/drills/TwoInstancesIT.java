package org.airegistry.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.publication.VersionSummary;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.ChildInstance;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestElasticsearch;
import org.airegistry.testsupport.WebSessions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault drill with two instances on one PostgreSQL and one Elasticsearch node: a second
 * instance (its own JVM) publishes in a loop and is killed with {@code kill -9} in the
 * middle. Nothing it confirmed is lost, no version is duplicated or skipped, and the
 * index converges on the database through the outbox, completed by the surviving instance
 * (this test's application).
 */
@PostgresTest
class TwoInstancesIT {

	@Autowired
	Environment environment;

	@Autowired
	TestData testData;

	@Autowired
	RegistryQueries registry;

	@Autowired
	SearchService search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	/**
	 * A regulator-only address: 404 (no such document) with a regulator's session, 403
	 * without one.
	 */
	static final String PROTECTED = GpaiRoutes.technicalDocument(GpaiModelId.random(), "0".repeat(64));

	/** When the lock of the explanation timers was last taken (one value per run). */
	Timestamp lastRun() {
		return jdbc.query("SELECT locked_at FROM shedlock WHERE name = 'explanation-timers'",
				rows -> rows.next() ? rows.getTimestamp(1) : null);
	}

	@Test
	@DisplayName("Two instances: timed jobs once per period; kill -9 of one in the middle of a publication loop loses "
			+ "and duplicates no version and the index converges; a session on the other keeps working")
	void killMidPublication() throws Exception {
		TestUser provider = testData.provider();
		String batch = TestData.uniqueWord("Kill");
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.profiles.active", "test");
		settings.put("server.port", "0");
		// the same database and index names as this test's application (DD092)
		settings.put("spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"));
		settings.put("spring.datasource.username", "postgres");
		settings.put("spring.datasource.password", "postgres");
		settings.put("spring.elasticsearch.uris", TestElasticsearch.uri());
		settings.put("airegistry.search.index-prefix",
				environment.getRequiredProperty("airegistry.search.index-prefix"));
		settings.put("airegistry.drill.publications", "400");
		settings.put("airegistry.drill.batch", batch);
		settings.put("airegistry.drill.provider", provider.email());
		settings.put("airegistry.explanation.timer-interval", "PT1S");
		settings.put("logging.level.root", "warn");
		HttpClient session = loggedIn(
				testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE).email());
		assertThat(get(session, PROTECTED).statusCode()).as("A's session").isEqualTo(404);
		List<String> confirmed;
		try (ChildInstance other = ChildInstance.start(settings)) {
			other.awaitLines(line -> line.startsWith(PublicationLoop.PUBLISHED), 5, Duration.ofMinutes(5));

			// timed jobs: B runs the explanation timers every second, A tries ten times a
			// second; the database lock lets one run per period (at least 5 s apart)
			Object timers = context.getBean("explanationTimers");
			java.lang.reflect.Method run = timers.getClass().getMethod("run");
			run.setAccessible(true);
			Set<Timestamp> runs = new TreeSet<>();
			long until = System.nanoTime() + Duration.ofSeconds(16).toNanos();
			while (System.nanoTime() < until) {
				run.invoke(timers);
				Timestamp last = lastRun();
				if (last != null) {
					runs.add(last);
				}
				Thread.sleep(100);
			}
			List<Timestamp> ordered = new ArrayList<>(runs);
			assertThat(ordered).as("runs seen across both instances").hasSizeGreaterThanOrEqualTo(2);
			for (int i = 1; i < ordered.size(); i++) {
				assertThat(ordered.get(i).getTime() - ordered.get(i - 1).getTime()).as("once per period: " + ordered)
					.isGreaterThanOrEqualTo(5000);
			}

			other.awaitLines(line -> line.startsWith(PublicationLoop.PUBLISHED), 30, Duration.ofMinutes(5));
			other.kill();
			confirmed = other.lines().stream().filter(line -> line.startsWith(PublicationLoop.PUBLISHED)).toList();
		}
		assertThat(get(session, PROTECTED).statusCode()).as("A's session, B killed").isEqualTo(404);
		assertThat(confirmed).as("killed before the loop ended").noneMatch(line -> line.equals("DRILL done"));

		// every confirmed version is there; each entry's versions run 1..n without gaps
		// or twins
		Map<String, Integer> latestConfirmed = new TreeMap<>();
		for (String line : confirmed) {
			String[] parts = line.substring(PublicationLoop.PUBLISHED.length()).split(" v");
			latestConfirmed.merge(parts[0], Integer.parseInt(parts[1]), Math::max);
		}
		latestConfirmed.forEach((registrationNumber, version) -> {
			List<Integer> versions = registry.history(registrationNumber)
				.stream()
				.map(VersionSummary::version)
				.sorted()
				.toList();
			assertThat(versions).as(registrationNumber).isNotEmpty();
			assertThat(versions.getLast()).as(registrationNumber).isGreaterThanOrEqualTo(version);
			for (int i = 0; i < versions.size(); i++) {
				assertThat(versions.get(i)).as(registrationNumber + " versions " + versions).isEqualTo(i + 1);
			}
		});

		// the surviving instance completes the killed one's outbox: the index converges
		List<PublicEntry> published = registry.searchInDatabase(batch, 1000);
		assertThat(published.size()).isGreaterThanOrEqualTo(latestConfirmed.size());
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			SearchResults results = search.search(new SearchQuery(batch, 0, 100));
			assertThat(results.mode()).isEqualTo(SearchMode.FULL);
			assertThat(results.total()).isEqualTo(published.size());
		});
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(search.indexedCount()).isEqualTo(registry.countPublished()));
		// the index comes to hold each entry's latest version (a second version changed
		// the
		// trade name): a second version whose event the killed instance never handled is
		// indexed once the survivor resubmits it from the outbox, so the count can match
		// before the names do
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			SearchResults all = search.search(new SearchQuery(batch, 0, 100));
			Map<String, String> indexedNames = new TreeMap<>();
			all.hits().forEach(hit -> indexedNames.put(hit.registrationNumber(), hit.tradeName()));
			for (PublicEntry entry : published) {
				if (indexedNames.containsKey(entry.registrationNumber())) {
					assertThat(indexedNames.get(entry.registrationNumber())).as(entry.registrationNumber())
						.isEqualTo(entry.data().tradeName());
				}
			}
			assertThat(indexedNames).hasSize(Math.min(published.size(), 100));
		});

		// B starts again on the same database after the kill; A's session never noticed
		settings.remove("airegistry.drill.publications");
		try (ChildInstance restarted = ChildInstance.start(settings)) {
			restarted.awaitLines(line -> line.contains("Started RegistryApplication"), 1, Duration.ofMinutes(5));
			assertThat(get(session, PROTECTED).statusCode()).as("A's session, B restarted").isEqualTo(404);
		}
	}

	HttpClient loggedIn(String email) {
		return WebSessions.loggedIn(port, email);
	}

	HttpResponse<String> get(HttpClient http, String path) {
		return WebSessions.get(http, port, path);
	}

}
