package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Abuse of the login through the running application on PostgreSQL (shared buckets):
 * parallel guessing, locking a victim out, password spraying, what the audit trail keeps
 * of it, and anonymous probes of unknown paths. Clients are told apart by
 * {@code X-Forwarded-For}, which the test profile trusts from the loopback only.
 */
@PostgresTest
class LoginAbuseIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	static String uniqueClient() {
		int n = Math.abs(UUID.randomUUID().hashCode());
		return "198.18." + (n % 250) + "." + (n / 250 % 250 + 1);
	}

	HttpRequest login(String user, String password, String client, String... cookies) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
		for (String cookie : cookies) {
			request.header("Cookie", cookie);
		}
		return request.build();
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	static boolean throttled(HttpResponse<?> response) {
		return location(response).contains("throttled");
	}

	static boolean succeeded(HttpResponse<?> response) {
		return response.statusCode() / 100 == 3 && !location(response).contains("error");
	}

	@Test
	@DisplayName("Parallel guesses at one account stay throttled: tokens are taken before the password is checked")
	void parallelLoginsStayThrottled() {
		TestUser victim = testData.provider();
		List<CompletableFuture<HttpResponse<Void>>> attempts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			attempts.add(http.sendAsync(login(victim.email(), "guess-" + i, uniqueClient()),
					HttpResponse.BodyHandlers.discarding()));
		}
		List<HttpResponse<Void>> responses = attempts.stream().map(CompletableFuture::join).toList();
		assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isIn(302, 303));
		assertThat(responses.stream().filter(response -> !throttled(response)))
			.as("attempts whose password was checked")
			.hasSize(5);
	}

	@Test
	@DisplayName("No lockout: while an attacker fails logins in a victim's name, the victim logs in from a browser used before")
	void victimCannotBeLockedOut() throws Exception {
		TestUser victim = testData.provider();
		HttpResponse<Void> first = http.send(login(victim.email(), TestData.PASSWORD, uniqueClient()),
				HttpResponse.BodyHandlers.discarding());
		assertThat(succeeded(first)).as(location(first)).isTrue();
		String device = first.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith(TrustedDevices.COOKIE + "="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();

		String attacker = uniqueClient();
		for (int i = 0; i < 12; i++) {
			http.send(login(victim.email(), "wrong-" + i, i % 2 == 0 ? attacker : uniqueClient()),
					HttpResponse.BodyHandlers.discarding());
		}
		HttpResponse<Void> stranger = http.send(login(victim.email(), TestData.PASSWORD, uniqueClient()),
				HttpResponse.BodyHandlers.discarding());
		assertThat(throttled(stranger)).as("an unknown client is slowed down").isTrue();

		HttpResponse<Void> owner = http.send(login(victim.email(), TestData.PASSWORD, uniqueClient(), device),
				HttpResponse.BodyHandlers.discarding());
		assertThat(succeeded(owner)).as("the owner on a known browser: " + location(owner)).isTrue();
	}

	@Test
	@DisplayName("Password spraying: one client trying many accounts is slowed down; throttled attempts are audited in aggregate, unknown names are not kept")
	void sprayingIsThrottledAndAudited() {
		String sprayer = uniqueClient();
		String marker = "spray-" + UUID.randomUUID().toString().substring(0, 8);
		int throttledCount = 0;
		// the test profile allows 60 attempts per client in 5 minutes (refilled
		// gradually)
		for (int i = 0; i < 90; i++) {
			HttpResponse<Void> response = http
				.sendAsync(login(marker + "-" + i + "@example.org", "Winter2026!", sprayer),
						HttpResponse.BodyHandlers.discarding())
				.join();
			if (throttled(response)) {
				throttledCount++;
			}
		}
		assertThat(throttledCount).isPositive();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.queryForList(
					"SELECT after_value FROM audit_event WHERE action = 'login.throttled' AND subject_id = 'unknown account'",
					String.class))
				.anySatisfy(after -> assertThat(after).contains("limit client").contains(sprayer)));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE actor_name LIKE ? OR subject_id LIKE ?"
						+ " OR after_value LIKE ?",
				Long.class, "%" + marker + "%", "%" + marker + "%", "%" + marker + "%"))
			.as("what was typed for accounts that do not exist is never kept")
			.isZero();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE action = 'login.failed' AND subject_id = 'unknown account'",
				Long.class))
			.isPositive();
	}

	@Test
	@DisplayName("Anonymous probes of unknown paths are counted in the audit trail, without one permanent row each")
	void probesAreAggregated() {
		String marker = "probe" + UUID.randomUUID().toString().substring(0, 8);
		int probes = 40;
		for (int i = 0; i < probes; i++) {
			String path = List.of("/wp-admin/", "/.git/config?", "/" + marker + "/admin.php?").get(i % 3) + marker + i;
			HttpResponse<Void> response = http
				.sendAsync(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace("?", "/"))).build(),
						HttpResponse.BodyHandlers.discarding())
				.join();
			assertThat(response.statusCode()).as(path).isLessThan(500);
		}
		// every probe is counted: each row says how many anonymous refusals its window
		// had ("40 since …: GET /wp-admin/… (1), …")
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc
				.queryForList(
						"SELECT after_value FROM audit_event WHERE action = 'anonymous.denied' AND after_value LIKE ?",
						String.class, "%" + marker + "%")
				.stream()
				.mapToLong(summary -> Long.parseLong(summary.substring(0, summary.indexOf(' '))))
				.sum()).isGreaterThanOrEqualTo(probes));
		// one row per window of the aggregation (a second in the test profile, a minute
		// in
		// production), never one per probe; the probes now get the rendered 404 page
		// (DD035), so they span a few windows
		Optional<Long> rows = Optional.ofNullable(
				jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE subject_id LIKE ? OR after_value LIKE ?",
						Long.class, "%" + marker + "%", "%" + marker + "%"));
		assertThat(rows).hasValueSatisfying(count -> assertThat(count).isLessThanOrEqualTo(probes / 4));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE action = 'permission.denied'" + " AND subject_id LIKE ?",
				Long.class, "%" + marker + "%"))
			.isZero();
	}

}
