package org.airegistry.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A realistic mix against a running portal (see src/docs/benchmarks.md, "Load test"):
 * citizens (90 %) open the home page, search with filters, read entry pages, use the API
 * and now and then download the open data; providers (10 %) log in and work in their
 * workspace and editor. Settings (system properties): {@code load.baseUrl}
 * (http://localhost:8080), {@code load.usersPerSecond} (new visitors per second at the
 * plateau, 5), {@code load.rampSeconds} (30), {@code load.seconds} (plateau, 120),
 * {@code load.providerEmail} / {@code load.providerPassword} (a provider account, the
 * demo's by default). Assertions: no failed request, pages p95 below 500 ms, API p95
 * below 200 ms.
 */
public class PortalSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");

	static final double USERS_PER_SECOND = Double.parseDouble(System.getProperty("load.usersPerSecond", "5"));

	static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", 30));

	static final Duration PLATEAU = Duration.ofSeconds(Long.getLong("load.seconds", 120));

	static final String PROVIDER_EMAIL = System.getProperty("load.providerEmail", "provider@acme.example");

	static final String PROVIDER_PASSWORD = System.getProperty("load.providerPassword", "demo-provider");

	final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptLanguageHeader("en,de;q=0.8")
		.userAgentHeader("airegistry-load-test")
		.disableFollowRedirect();

	/** Search terms and filters people use (src/load/resources/searches.csv). */
	final ScenarioBuilder citizens = scenario("citizen")
		.feed(csv("searches.csv").circular())
		.exec(http("page: home").get("/").check(status().is(200)))
		.pause(Duration.ofMillis(500), Duration.ofSeconds(3))
		.exec(http("page: search").get("/search?q=#{q}#{filters}").check(status().is(200)))
		.pause(Duration.ofMillis(500), Duration.ofSeconds(3))
		.exec(http("api: search").get("/api/v1/search?q=#{q}#{filters}&size=20")
			.check(status().is(200))
			.check(CoreDsl.jsonPath("$.hits[0].registrationNumber").optional().saveAs("registrationNumber")))
		.doIf(session -> session.contains("registrationNumber"))
		.then(CoreDsl.exec(http("page: entry").get("/systems/#{registrationNumber}").check(status().is(200)))
			.pause(Duration.ofSeconds(1), Duration.ofSeconds(5))
			.exec(http("api: entry").get("/api/v1/entries/#{registrationNumber}").check(status().is(200)))
			.exec(http("api: versions").get("/api/v1/entries/#{registrationNumber}/versions")
				.check(status().is(200))))
		.exec(http("api: facets").get("/api/v1/facets?q=#{q}#{filters}").check(status().is(200)))
		.exec(randomSwitch().on(CoreDsl.percent(5.0)
			.then(CoreDsl.exec(http("download: entries.csv").get("/api/v1/downloads/entries.csv")
				.check(status().is(200)))),
				CoreDsl.percent(5.0)
					.then(CoreDsl.exec(http("feed: atom").get("/api/v1/feeds/entries.atom").check(status().is(200))))));

	final ScenarioBuilder providers = scenario("provider")
		.exec(http("page: login").get("/login")
			.check(status().is(200))
			// the sign-in form posts Spring Security's CSRF token, which the page carries
			.check(CoreDsl.css("meta[name=_csrf]", "content").saveAs("csrf")))
		.exec(http("login").post("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", BASE_URL)
			.body(StringBody(session -> "username=" + PROVIDER_EMAIL + "&password=" + PROVIDER_PASSWORD + "&_csrf="
					+ java.net.URLEncoder.encode(session.getString("csrf"), java.nio.charset.StandardCharsets.UTF_8)))
			.check(status().in(302, 303))
			.check(io.gatling.javaapi.http.HttpDsl.header("Location").transform(location -> !location.contains("error")).is(true)))
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(http("page: workspace").get("/workspace").check(status().is(200)))
		.pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
		.exec(http("page: editor").get("/workspace/systems").check(status().is(200)))
		.pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
		.exec(http("page: workspace again").get("/workspace").check(status().is(200)));

	{
		setUp(citizens
			.injectOpen(rampUsersPerSec(0.1).to(USERS_PER_SECOND * 0.9).during(RAMP),
					constantUsersPerSec(USERS_PER_SECOND * 0.9).during(PLATEAU)),
				providers.injectOpen(rampUsersPerSec(0.1).to(Math.max(0.1, USERS_PER_SECOND * 0.1)).during(RAMP),
						constantUsersPerSec(Math.max(0.1, USERS_PER_SECOND * 0.1)).during(PLATEAU)))
			.protocols(protocol)
			.assertions(global().failedRequests().count().is(0L),
					details("page: home").responseTime().percentile(95.0).lt(500),
					details("page: search").responseTime().percentile(95.0).lt(500),
					details("api: search").responseTime().percentile(95.0).lt(200),
					details("api: entry").responseTime().percentile(95.0).lt(200));
	}

}
