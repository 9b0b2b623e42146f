package org.airegistry.demo;

import static org.airegistry.db.Tables.EXPLANATION_REQUEST;
import static org.airegistry.db.Tables.FRIA_NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.airegistry.deployment.DeployerOfSystem;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.PublicModel;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.Classification;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.testsupport.PostgresInitializer;
import org.airegistry.testsupport.TestMailServer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application in demo mode, as {@code ./mvnw spring-boot:run} starts it, but on
 * PostgreSQL (its own empty database on the shared server, so no other test sees the demo
 * data) and the shared Elasticsearch node (its own index prefix), as every context
 * (DD092): every demo runner creates its data and none of them logs an error or gives up
 * with a warning.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { PostgresInitializer.class, TestMailServer.class })
@ActiveProfiles({ "test", "demo" })
// a second application context in the test JVM: close it afterwards
@DirtiesContext(classMode = ClassMode.AFTER_CLASS)
class DemoProfileIT {

	/**
	 * Starting an application context installs its own (Vaadin-aware) security context
	 * strategy globally; the shared test context's beans keep the one they were built
	 * with. Put that one back, or later tests that log in through
	 * {@link SecurityContextHolder} find no authentication.
	 */
	static SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();

	@BeforeAll
	static void rememberSecurityStrategy() {
		strategyBefore = SecurityContextHolder.getContextHolderStrategy();
	}

	@AfterAll
	static void restoreSecurityStrategy() {
		SecurityContextHolder.setContextHolderStrategy(strategyBefore);
	}

	@Autowired
	RegistryQueries registry;

	@Autowired
	DeploymentQueries deployments;

	@Autowired
	GpaiQueries models;

	@Autowired
	OrganisationService organisations;

	@Autowired
	SearchService search;

	@Autowired
	DSLContext dsl;

	@Autowired
	org.airegistry.demo.DevMailbox mailbox;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	PublicEntry entry(String tradeName) {
		List<PublicEntry> found = registry.searchInDatabase(tradeName, 5)
			.stream()
			.filter(entry -> entry.data().tradeName().equals(tradeName))
			.toList();
		assertThat(found).as(tradeName).hasSize(1);
		return found.getFirst();
	}

	boolean searchable(String text, String registrationNumber) {
		SearchResults results = search.search(SearchQuery.of(text));
		return results.mode() == SearchMode.FULL
				&& results.hits().stream().map(SearchHit::registrationNumber).anyMatch(registrationNumber::equals);
	}

	@Test
	@DisplayName("Demo mode on PostgreSQL: DemoData, SectionsDemoData, DeploymentDemoData, GpaiDemoData and "
			+ "ExplanationDemoData all create their data, it is searchable, and no runner logs an error")
	void everyDemoRunnerCreatesItsData(CapturedOutput output) {
		// DemoData: accounts and three public entries; the Art 49(4) entry stays out of
		// public reads
		for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
			assertThat(organisations.userExists(account.email())).as(account.email()).isTrue();
		}
		assertThat(organisations.findByLegalName(DemoData.AUTHORISED_REPRESENTATIVE)).isPresent();
		PublicEntry talentMatch = entry("TalentMatch CV Screening");
		// the first entry DemoData publishes is the one the README points at
		assertThat(talentMatch.registrationNumber()).isEqualTo("AIR-000001");
		entry("ShiftPlanner Personaleinsatzplanung");
		assertThat(entry("NordCredit Scoring Engine").data().documents().nothingAttached()).isFalse();
		assertThat(registry.searchInDatabase("BorderGate Face Match", 5)).isEmpty();
		// SectionsDemoData: two Section B entries and one with PDF documents
		assertThat(entry(SectionsDemoData.SECTION_B_NAME).data().classification()).isEqualTo(Classification.SECTION_B);
		assertThat(entry("Nordic Essay Consistency Check").data().classification()).isEqualTo(Classification.SECTION_B);
		assertThat(entry("NordVision Exam Proctoring").data().documents().nothingAttached()).isFalse();
		// MandateDemoData (Art 22(3), DD067): a provider outside the EU with a confirmed
		// mandate (A.3 names the representative's own record) and a pending invitation
		// (A.3 states it without a name)
		assertThat(entry(MandateDemoData.CONFIRMED_ENTRY).data().authorisedRepresentative())
			.as("Annex VIII A.3: name, address and contact details")
			.contains(DemoData.AUTHORISED_REPRESENTATIVE, DemoData.AUTHORISED_REPRESENTATIVE_ADDRESS,
					"mandates@eurep.example");
		assertThat(entry(MandateDemoData.PENDING_ENTRY).data().authorisedRepresentative())
			.isEqualTo(org.airegistry.registry.AuthorisedRepresentativeText.PENDING);
		assertThat(organisations.userExists(MandateDemoData.REPRESENTATIVE)).isTrue();
		assertThat(registry.countPublished()).isEqualTo(8);
		// DeploymentDemoData: the city's published registration of TalentMatch with a
		// notified FRIA
		assertThat(organisations.userExists("deployer@city.example")).isTrue();
		assertThat(deployments.deployersOf(talentMatch.registrationNumber())).extracting(DeployerOfSystem::deployerName)
			.contains("City of Example (demo)");
		assertThat(dsl.fetchCount(FRIA_NOTIFICATION)).isPositive();
		// GpaiDemoData: two model pages, one with a second version
		assertThat(models.published(50)).extracting(model -> model.data().name()).contains("Aurora 7B", "Helix Ultra");
		assertThat(models.published(50)).filteredOn(model -> model.data().name().equals("Helix Ultra"))
			.extracting(PublicModel::latestVersion)
			.containsExactly(2);
		// ExplanationDemoData: two requests, filed and verified
		assertThat(dsl.fetchCount(EXPLANATION_REQUEST)).isEqualTo(2);
		// indexed for real
		await().atMost(Duration.ofSeconds(60)).until(() -> searchable("TalentMatch", talentMatch.registrationNumber()));

		assertThat(output.getOut())
			.contains("Demo data created: 3 organisations, 4 accounts, 3 public and 1 non-public AI system entries")
			.contains("Demo data created: 2 Section B entries and 1 Section A entry with PDF documents")
			.contains("Demo data created: deployer organisation with a notified FRIA and a published registration")
			.contains("Demo GPAI models created: Aurora 7B and Helix Ultra")
			.contains("with a confirmed mandate (confirmed) and a pending invitation");
		List<String> problems = output.getOut()
			.lines()
			.filter(line -> line.contains(" ERROR ") || (line.contains(" WARN ") && line.contains("DemoData")))
			.toList();
		assertThat(problems).as("errors, and warnings of the demo runners, in the application's log").isEmpty();
	}

	@Test
	@DisplayName("Health is UP when the demo works: its mails go over SMTP to the demo's own mail server, which "
			+ "feeds /dev/mailbox; no stack trace in the log")
	void healthIsUp(CapturedOutput output) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> health = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		// the demo's mails (e.g. the explanation requests' verification) reached the SMTP
		// server
		assertThat(mailbox.mails()).isNotEmpty();
		assertThat(output.getOut()).doesNotContain("Mail health check failed").doesNotContain("MailConnectException");
	}

}
