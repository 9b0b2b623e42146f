package org.airegistry.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchService;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.SwitchableTcpProxy;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health and metrics over HTTP, as a load balancer and Prometheus see them: health tells
 * unready (database) from degraded (search, mail), the Prometheus endpoint needs the
 * scrape account and carries the registry's own measures.
 */
@PostgresTest
class HealthAndMetricsIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	SearchService search;

	@Autowired
	HttpCodeStatusMapper statusCodes;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	final SwitchableTcpProxy elasticsearch = TestElasticsearch.proxy();

	@AfterEach
	void restore() {
		elasticsearch.on();
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> scrape() throws Exception {
		return get("/actuator/prometheus", "Authorization", basic("metrics", "test-metrics"));
	}

	/** The value of the first sample of the metric whose line contains all the parts. */
	static double sample(String scrape, String metric, String... parts) {
		for (String line : scrape.split("\n")) {
			if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
				boolean all = true;
				for (String part : parts) {
					all &= line.contains(part);
				}
				if (all) {
					return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
		}
		throw new AssertionError("No sample of " + metric + " with " + String.join(", ", parts) + " in the scrape");
	}

	@Test
	@DisplayName("Health is UP when everything works; readiness depends on the database, the degradable group "
			+ "shows search and mail with their details")
	void healthUp() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(json.readTree(health.body()).path("status").asString()).isEqualTo("UP");
		assertThat(health.body()).doesNotContain("Exception");

		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

		JsonNode degradable = json.readTree(get("/actuator/health/degradable").body());
		assertThat(degradable.path("status").asString()).isEqualTo("UP");
		assertThat(degradable.path("components").path("search").path("details").path("mode").asString())
			.isEqualTo("FULL");
		assertThat(degradable.path("components").path("mail").path("status").asString()).isEqualTo("UP");
	}

	@Test
	@DisplayName("DOWN and OUT_OF_SERVICE answer 503 although the mapping is customised for DEGRADED (any given "
			+ "mapping replaces Spring Boot's defaults), so an unready instance leaves the load balancer")
	void unhealthyAnswers503() {
		assertThat(statusCodes.getStatusCode(Status.DOWN)).isEqualTo(503);
		assertThat(statusCodes.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
		assertThat(statusCodes.getStatusCode(new Status("DEGRADED"))).isEqualTo(200);
		assertThat(statusCodes.getStatusCode(Status.UP)).isEqualTo(200);
	}

	@Test
	@DisplayName("Search unreachable: health says DEGRADED (200) with reduced mode, readiness stays UP, the reduced "
			+ "gauge is 1; back to UP and 0 when search returns")
	void searchDegradesWithoutMakingUnready() throws Exception {
		elasticsearch.off();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			HttpResponse<String> health = get("/actuator/health");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(json.readTree(health.body()).path("status").asString()).isEqualTo("DEGRADED");
		});
		JsonNode search = json.readTree(get("/actuator/health/degradable").body()).path("components").path("search");
		assertThat(search.path("status").asString()).isEqualTo("DEGRADED");
		assertThat(search.path("details").path("mode").asString()).isEqualTo("REDUCED");
		assertThat(get("/actuator/health/readiness").statusCode()).as("still serving: not unready").isEqualTo(200);
		assertThat(sample(scrape().body(), "airegistry_search_reduced")).isEqualTo(1.0);
		assertThat(search.toString()).doesNotContain("at org.").doesNotContain("at co.elastic");

		elasticsearch.on();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(json.readTree(get("/actuator/health").body()).path("status").asString()).isEqualTo("UP");
			assertThat(sample(scrape().body(), "airegistry_search_reduced")).isEqualTo(0.0);
		});
	}

	@Test
	@DisplayName("The Prometheus endpoint needs the scrape account; other actuator endpoints are closed")
	void prometheusIsProtected() throws Exception {
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", "Authorization", basic("metrics", "wrong")).statusCode()).isEqualTo(401);
		TestUser provider = testData.provider();
		assertThat(
				get("/actuator/prometheus", "Authorization", basic(provider.email(), TestData.PASSWORD)).statusCode())
			.as("a registry account is not the scrape account")
			.isEqualTo(401);
		assertThat(scrape().statusCode()).isEqualTo(200);
		for (String closed : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump" }) {
			HttpResponse<String> response = get(closed, "Authorization", basic("metrics", "test-metrics"));
			assertThat(response.statusCode()).as(closed).isNotEqualTo(200);
		}
	}

	@Test
	@DisplayName("The scrape carries HTTP timings, search latency by mode, outbox backlog and age, index and "
			+ "database counts, publications per kind, explanation requests, mail and logins")
	void registryMeasures() throws Exception {
		TestUser provider = testData.provider();
		String before = scrape().body();
		double published = before.contains("airegistry_publications_total{")
				? sample(before, "airegistry_publications_total", "kind=\"entry\"") : 0;
		testData.publish(provider, testData.sampleEntry("Metered " + System.nanoTime()));
		assertThat(search.search(SearchQuery.of("Metered")).mode()).isEqualTo(SearchMode.FULL);
		get("/api/v1/search?q=metered");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String scrape = scrape().body();
			assertThat(sample(scrape, "airegistry_publications_total", "kind=\"entry\"")).isEqualTo(published + 1);
			assertThat(sample(scrape, "airegistry_search_requests_seconds_count", "mode=\"full\"")).isPositive();
			assertThat(sample(scrape, "airegistry_outbox_backlog")).isGreaterThanOrEqualTo(0);
			assertThat(sample(scrape, "airegistry_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
			assertThat(sample(scrape, "airegistry_search_documents", "store=\"database\"")).isPositive();
			assertThat(sample(scrape, "airegistry_search_documents", "store=\"index\"")).isPositive();
			assertThat(sample(scrape, "airegistry_explanation_requests_overdue")).isGreaterThanOrEqualTo(0);
			assertThat(sample(scrape, "airegistry_explanation_requests", "state=\"submitted\""))
				.isGreaterThanOrEqualTo(0);
			assertThat(sample(scrape, "airegistry_logins_total", "outcome=\"throttled\"")).isGreaterThanOrEqualTo(0);
			assertThat(sample(scrape, "http_server_requests_seconds_count", "uri=\"/api/v1/search\"")).isPositive();
			Matcher application = Pattern.compile("application=\"([^\"]+)\"").matcher(scrape);
			assertThat(application.find()).isTrue();
			assertThat(application.group(1)).isEqualTo("ai-act-registry");
		});
	}

}
