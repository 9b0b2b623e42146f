package org.airegistry.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.airegistry.RegistryApplication;
import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresDatabase;
import org.airegistry.testsupport.SwitchableTcpProxy;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Fault drill: the database goes away for 30 seconds under a running portal (a proxy in
 * between drops every connection and refuses new ones). Pages and the API say plainly
 * that the registry is briefly unavailable (503), readiness takes the instance out of the
 * load balancer, a publication attempted meanwhile leaves nothing half-written, and the
 * portal recovers by itself when the database is back.
 */
class DatabaseOutageDrillIT {

	SecurityContextHolderStrategy strategyBefore;

	@BeforeEach
	void rememberSecurityStrategy() {
		strategyBefore = SecurityContextHolder.getContextHolderStrategy();
	}

	@AfterEach
	void restoreSecurityStrategy() {
		SecurityContextHolder.setContextHolderStrategy(strategyBefore);
	}

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	@DisplayName("Database away for 30 s: 503 pages and problems, unready, nothing half-written; recovery without "
			+ "restart")
	void thirtySecondsWithoutTheDatabase() throws Exception {
		String database = "db_outage_" + UUID.randomUUID().toString().substring(0, 8);
		String direct = PostgresDatabase.jdbcUrl(database);
		Matcher port = Pattern.compile("//[^:/]+:(\\d+)/").matcher(direct);
		assertThat(port.find()).isTrue();
		try (SwitchableTcpProxy db = new SwitchableTcpProxy(Integer.parseInt(port.group(1)));
				ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
					.profiles("test")
					.run("--server.port=0",
							"--spring.datasource.url="
									+ direct.replace(":" + port.group(1) + "/", ":" + db.port() + "/"),
							"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
							"--spring.datasource.hikari.connection-timeout=2000",
							"--spring.elasticsearch.uris=" + TestElasticsearch.uri(),
							"--airegistry.search.index-prefix=" + database + "-")) {
			int web = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
			RegistryService registry = context.getBean(RegistryService.class);
			RegistryQueries queries = context.getBean(RegistryQueries.class);
			loginAsNewProvider(context);
			String unique = UUID.randomUUID().toString().substring(0, 8);
			DraftEntry before = registry.createDraft(TestData.sample("Before outage " + unique));
			registry.publish(before.id(), before.lockVersion(), "");
			// the number is given at the first publication, not with the draft
			String number = registry.open(before.id()).registrationNumber();
			String entry = "/api/v1/entries/" + number;
			assertThat(get(web, entry).statusCode()).isEqualTo(200);
			long published = queries.countPublished();

			db.off();
			long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			int attempts = 0;
			while (System.nanoTime() < end) {
				HttpResponse<String> api = get(web, entry);
				assertThat(api.statusCode()).as("API during the outage").isEqualTo(503);
				assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
				assertThat(api.headers().firstValue("Retry-After")).contains("30");
				HttpResponse<String> page = get(web, "/systems/" + number);
				assertThat(page.statusCode()).as("page during the outage").isEqualTo(503);
				assertThat(page.body()).contains("The registry is briefly unavailable").doesNotContain("Exception");
				assertThat(get(web, "/actuator/health/readiness").statusCode()).isEqualTo(503);
				String attempt = "During outage " + unique + " " + attempts++;
				assertThatThrownBy(() -> registry.createDraft(TestData.sample(attempt)))
					.as("a publication attempted meanwhile fails")
					.isInstanceOf(RuntimeException.class);
				Thread.sleep(3000);
			}
			db.on();

			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				assertThat(get(web, "/actuator/health/readiness").statusCode()).isEqualTo(200);
				assertThat(get(web, entry).statusCode()).isEqualTo(200);
				assertThat(get(web, "/systems/" + number).statusCode()).isEqualTo(200);
			});
			assertThat(queries.searchInDatabase("During outage " + unique, 10)).as("nothing half-written").isEmpty();
			assertThat(queries.countPublished()).isEqualTo(published);
			DraftEntry after = registry.createDraft(TestData.sample("After outage " + unique));
			registry.publish(after.id(), after.lockVersion(), "");
			assertThat(queries.countPublished()).isEqualTo(published + 1);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void loginAsNewProvider(ConfigurableApplicationContext context) {
		OrganisationService organisations = context.getBean(OrganisationService.class);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		OrganisationId organisation = organisations.createOrganisation(new NewOrganisation("Outage Provider " + unique,
				"DE", "outage-" + unique + "@example.org", Set.of(OrganisationRole.PROVIDER), true),
				OrganisationStatus.ACTIVE);
		String email = "outage-" + unique + "@example.org";
		organisations.createUser(organisation,
				new NewUser(email, TestData.PASSWORD, "Outage Provider", Set.of(Role.PROVIDER), false));
		UserDetails details = context.getBean(UserDetailsService.class).loadUserByUsername(email);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

}
