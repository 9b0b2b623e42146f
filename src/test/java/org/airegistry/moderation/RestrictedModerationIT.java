package org.airegistry.moderation;

import static org.airegistry.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Moderation of the non-public section (Art 49(4), DD074) on PostgreSQL: a regulator who
 * may read the section flags and suspends an entry there, audited as for public entries;
 * the public API answers exactly as for a number that never existed (no 451) until the
 * entry moves to the public section, where the suspension holds.
 */
@PostgresTest
class RestrictedModerationIT {

	static final String REASON = "Under investigation for false statements on conformity.";

	@Autowired
	Moderation moderation;

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	@Autowired
	DSLContext dsl;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	int audited(String action, String number, TestUser provider) {
		return dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq(action)
					.and(AUDIT_EVENT.SUBJECT_ID.eq(number))
					.and(AUDIT_EVENT.ORGANISATION_ID.eq(provider.organisation().value())));
	}

	@Test
	@DisplayName("DD074, Art 49(4): a competent regulator flags and suspends a non-public entry (audited with the "
			+ "provider); the API answers 404 as for an unknown number; moved to the public section, the entry "
			+ "stays suspended (451) until the suspension is lifted")
	void moderationOfTheNonPublicSection() throws Exception {
		TestUser provider = testData.provider();
		String name = TestData.uniqueWord("Sentinel");
		String number = testData.publish(provider,
				TestData.sample(name).withAnnexIIIPoint(AnnexIIIPoint.P6B, false).minimisedForRestrictedSection());
		TestUser competent = testData.regulator(MemberState.DE, Competence.RESTRICTED_SECTION);
		TestUser other = testData.regulator(MemberState.DE, Competence.COMPLAINTS);

		assertThat(testData.as(other, () -> moderation.entry(number))).as("not competent").isEmpty();
		assertThat(testData.as(competent, () -> moderation.entry(number))).get()
			.satisfies(entry -> assertThat(entry.restricted()).isTrue());
		testData.run(competent, () -> {
			moderation.flag(number, "The stated Member States are under review by the authority.");
			moderation.suspend(number, REASON);
		});
		assertThat(audited("moderation.flagged", number, provider)).isEqualTo(1);
		assertThat(audited("moderation.suspended", number, provider)).isEqualTo(1);
		assertThat(testData.as(other, () -> moderation.openActions(ModerationKind.SUSPENSION, 10_000)))
			.extracting(ModerationAction::registrationNumber)
			.doesNotContain(number);
		assertThat(testData.as(competent, () -> moderation.openActions(ModerationKind.SUSPENSION, 10_000)))
			.extracting(ModerationAction::registrationNumber)
			.contains(number);

		String unknown = "AIR-R-ZZZZZZZZ";
		HttpResponse<String> hidden = get("/api/v1/entries/" + number);
		HttpResponse<String> never = get("/api/v1/entries/" + unknown);
		assertThat(hidden.statusCode()).as("no 451 for a non-public entry").isEqualTo(404);
		assertThat(hidden.body().replace(number, "{n}")).isEqualTo(never.body().replace(unknown, "{n}"))
			.doesNotContain(REASON);
		assertThat(queries.isSuspended(number)).isFalse();
		assertThat(moderation.suspension(number)).isEmpty();

		// the provider reclassifies the entry into the public section: the suspension
		// holds
		testData.run(provider, () -> {
			AiSystemId id = registry.myEntries().getFirst().id();
			DraftEntry saved = registry.saveDraft(id, registry.open(id).lockVersion(), TestData.sample(name));
			registry.publish(id, saved.lockVersion(), "Reclassified as 4(a)");
		});
		assertThat(queries.isSuspended(number)).isTrue();
		HttpResponse<String> suspended = get("/api/v1/entries/" + number);
		assertThat(suspended.statusCode()).isEqualTo(451);
		assertThat(suspended.body()).contains(REASON);

		ModerationAction suspension = moderation.suspension(number).orElseThrow();
		testData.run(competent, () -> moderation.close(suspension.id()));
		assertThat(dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("moderation.suspension-lifted").and(AUDIT_EVENT.SUBJECT_ID.eq(number))))
			.isEqualTo(1);
		assertThat(get("/api/v1/entries/" + number).statusCode()).isEqualTo(200);
	}

}
