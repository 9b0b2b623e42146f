package org.airegistry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.organisation.AccountService;
import org.airegistry.registry.RestrictedSection;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.jooq.exception.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The audit trail on PostgreSQL: what gets recorded, who may read it, and that it cannot
 * be changed.
 */
@PostgresTest
class AuditTrailIT {

	@Autowired
	TestData testData;

	@Autowired
	AuditTrail trail;

	@Autowired
	DSLContext dsl;

	@Autowired
	AccountService accounts;

	@Autowired
	RestrictedSection restricted;

	@Autowired
	AuditIntegrity integrity;

	@LocalServerPort
	int port;

	/**
	 * A regulator of a market surveillance authority who may look into the non-public
	 * section (Art 49(4), Art 74(8)): reading it needs that competence.
	 */
	TestUser regulator() {
		return testData.regulator(MemberState.DE, Competence.RESTRICTED_SECTION);
	}

	List<AuditRecord> recorded(TestUser reader, String action, String text) {
		return testData.as(reader, () -> trail.page(new AuditFilter(action, text, null, null), 0, 100));
	}

	@Test
	@DisplayName("A publication is recorded with who, which organisation, what and when")
	void publicationIsRecorded() {
		TestUser provider = testData.provider();
		testData.publish(provider, TestData.sample("Audited Publication"));
		List<AuditRecord> records = recorded(regulator(), "entry.published", provider.email());
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(record.organisationId()).isEqualTo(provider.organisation());
			assertThat(record.actorName()).isEqualTo(provider.email());
			assertThat(record.after()).startsWith("version 1");
			assertThat(record.legalReference()).isEqualTo("Art 49(1)");
			assertThat(record.subjectId()).startsWith("AIR-");
		});
	}

	@Test
	@DisplayName("Failed and successful logins are recorded; the password never is")
	void loginsAreRecorded() throws Exception {
		TestUser provider = testData.provider();
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		login(http, provider.email(), "wrong-password-123");
		login(http, provider.email(), TestData.PASSWORD);
		TestUser regulator = regulator();
		assertThat(recorded(regulator, "login.failed", provider.email())).singleElement()
			.satisfies(record -> assertThat(record.toString()).doesNotContain("wrong-password-123"))
			.satisfies(record -> assertThat(record.after()).as("issue 21: a readable reason, not a class name")
				.isEqualTo("wrong password or unknown account"));
		assertThat(recorded(regulator, "login.succeeded", provider.email())).singleElement()
			.satisfies(record -> assertThat(record.organisationId()).isEqualTo(provider.organisation()));
	}

	void login(HttpClient http, String user, String password) throws Exception {
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Origin", "http://localhost:" + port)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isIn(302, 303);
	}

	@Test
	@DisplayName("Only regulators and administrators read the trail; a provider's attempt is itself recorded")
	void providersCannotReadTheTrail() {
		TestUser provider = testData.provider();
		assertThatThrownBy(() -> testData.as(provider, () -> trail.page(AuditFilter.ALL, 0, 10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(recorded(regulator(), "permission.denied", provider.email()))
			.anySatisfy(record -> assertThat(record.subjectId()).isEqualTo("AuditTrail.page"));
	}

	@Test
	@DisplayName("The CSV export carries the filtered records and is recorded as an export")
	void exportIsRecorded() {
		TestUser provider = testData.provider();
		testData.publish(provider, TestData.sample("Exported Publication"));
		TestUser regulator = regulator();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		testData.run(regulator,
				() -> trail.exportCsv(new AuditFilter("entry.published", provider.email(), null, null), out));
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.getFirst()).startsWith("sequence,occurred_at,action");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("entry.published").contains(provider.email());
		assertThat(recorded(regulator, "audit.exported", regulator.email())).singleElement()
			.satisfies(record -> assertThat(record.after()).contains("action=entry.published"));
	}

	@Test
	@DisplayName("A bulk download of the open data is recorded as an export; an anonymous one names no person")
	void openDataExportIsRecorded() throws Exception {
		TestUser regulator = regulator();
		int before = recorded(regulator, "opendata.exported", "ai-registry-versions.json").size();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + OpenDataRoutes.VERSIONS_JSON)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<AuditRecord> after = recorded(regulator, "opendata.exported", "ai-registry-versions.json");
		assertThat(after).hasSize(before + 1).allSatisfy(record -> {
			assertThat(record.subjectType()).isEqualTo("export");
			assertThat(record.actorName()).isNull();
			assertThat(record.actorUserId()).isNull();
		});
	}

	@Test
	@DisplayName("The trail is append-only: the database refuses updates and deletes")
	void appendOnly() {
		testData.publish(testData.provider(), TestData.sample("Append Only"));
		assertThatThrownBy(() -> dsl.update(DSL.table("audit_event")).set(DSL.field("action"), "tampered").execute())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> dsl.deleteFrom(DSL.table("audit_event")).execute())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	@DisplayName("Approvals and every look into the non-public section (Art 49(4)) are recorded")
	void approvalsAndRestrictedViewsAreRecorded() {
		TestUser pending = testData.pendingProvider();
		TestUser regulator = regulator();
		testData.run(regulator, () -> accounts.approve(pending.organisation()));
		testData.run(regulator, () -> restricted.latestVersions(10));
		assertThat(recorded(regulator, "organisation.approved", pending.organisation().value().toString()))
			.singleElement()
			.satisfies(record -> {
				assertThat(record.before()).isEqualTo("PENDING");
				assertThat(record.after()).isEqualTo("ACTIVE");
				assertThat(record.actorName()).isEqualTo(regulator.email());
			});
		assertThat(recorded(regulator, "restricted.listed", regulator.email())).singleElement()
			.satisfies(record -> assertThat(record.legalReference()).isEqualTo("Art 49(4)"));
	}

	@Test
	@DisplayName("Art 49(4), DD075: a regulator or administrator who may not read the non-public section sees its "
			+ "records (when, what, the legal reference) but neither the registration number, the actor, the "
			+ "organisation nor the change, cannot find them by text and does not get them in the CSV; the chain "
			+ "still verifies; a competent regulator sees everything")
	void nonPublicSectionWithheldFromTheIncompetent() {
		TestUser provider = testData.provider();
		String number = testData.publishRestricted(provider, "Withheld Border Screening",
				org.airegistry.shared.AnnexIIIPoint.P7A);
		TestUser competent = regulator();
		testData.run(competent, () -> restricted.latestVersion(number));
		testData.run(competent,
				() -> trail.exportCsv(new AuditFilter(null, number, null, null), new ByteArrayOutputStream()));

		assertThat(recorded(competent, null, number)).extracting(AuditRecord::action)
			.contains("entry.published", "restricted.viewed");
		assertThat(recorded(competent, "entry.published", number)).singleElement().satisfies(record -> {
			assertThat(record.subjectId()).isEqualTo(number);
			assertThat(record.actorName()).isEqualTo(provider.email());
		});

		for (TestUser reader : List.of(testData.regulator(MemberState.DE), testData.administrator())) {
			assertThat(recorded(reader, null, number)).as("not found by its number").isEmpty();
			assertThat(recorded(reader, null, provider.email())).as("nor by the provider's login name")
				.extracting(AuditRecord::action)
				.doesNotContain("entry.published", "entry.created");
			assertThat(testData.as(reader, () -> trail.count(new AuditFilter(null, number, null, null)))).isZero();
			List<AuditRecord> page = testData.as(reader, () -> trail.page(AuditFilter.ALL, 0, 500));
			assertThat(page).allSatisfy(record -> assertThat(String.join("|", String.valueOf(record.subjectId()),
					String.valueOf(record.before()), String.valueOf(record.after())))
				.doesNotContain(number));
			assertThat(page).filteredOn(record -> record.action().equals("restricted.viewed"))
				.isNotEmpty()
				.allSatisfy(record -> {
					assertThat(record.subjectId()).isNull();
					assertThat(record.actorName()).isNull();
					assertThat(record.legalReference()).isEqualTo("Art 49(4)");
				});
			assertThat(page)
				.filteredOn(record -> record.action().equals("audit.exported")
						&& "Art 49(4)".equals(record.legalReference()))
				.as("an export that included the section: its filter named the entry")
				.isNotEmpty()
				.allSatisfy(record -> assertThat(record.after()).isNull());
			ByteArrayOutputStream csv = new ByteArrayOutputStream();
			testData.run(reader, () -> trail.exportCsv(AuditFilter.ALL, csv));
			assertThat(csv.toString(StandardCharsets.UTF_8)).doesNotContain(number)
				.doesNotContain("Withheld Border Screening");
			assertThat(testData.as(reader, integrity::verify).report().intact()).as("the chain verifies").isTrue();
		}
	}

}
