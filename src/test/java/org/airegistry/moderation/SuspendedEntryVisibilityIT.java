package org.airegistry.moderation;

import static org.airegistry.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryDocuments;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.StoredDocument;
import org.airegistry.registry.TestPdfs;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A suspended entry is gone from every public surface served over HTTP and from every
 * public read of the registry, on PostgreSQL and a real Elasticsearch node, and comes
 * back everywhere when the suspension is lifted (DD013). An entry of the non-public
 * section moderated by a competent regulator answers like an unknown number, never 451,
 * until it moves to the public section (DD074).
 */
@PostgresTest
class SuspendedEntryVisibilityIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	@Autowired
	Moderation moderation;

	@Autowired
	SearchService search;

	@Autowired
	DSLContext dsl;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	String body(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	boolean foundInSearch(String name, String number) {
		SearchResults results = search.search(SearchQuery.of(name));
		assertThat(results.mode()).isEqualTo(SearchMode.FULL);
		return results.hits().stream().map(SearchHit::registrationNumber).anyMatch(number::equals);
	}

	record Published(TestUser provider, String number, String other, String name, StoredDocument document) {
	}

	/**
	 * An entry with two versions and a declaration of conformity, and a second entry of
	 * the same provider that stays public (so the provider's feed and listing remain).
	 */
	Published publish() {
		TestUser provider = testData.provider();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = "Withheld Sorter " + unique;
		return testData.as(provider, () -> {
			StoredDocument document = registry.storeDocument(DocumentKind.DECLARATION_OF_CONFORMITY, "doc.pdf",
					TestPdfs.pdf("Declaration of " + name));
			DraftEntry draft = registry.createDraft(TestData.sample(name)
				.withDocuments(EntryDocuments.none().with(DocumentKind.DECLARATION_OF_CONFORMITY, document)));
			registry.publish(draft.id(), draft.lockVersion(), "");
			DraftEntry opened = registry.open(draft.id());
			DraftEntry changed = registry.saveDraft(draft.id(), opened.lockVersion(),
					opened.data().withIntendedPurpose("Screens job applications in several languages."));
			registry.publish(draft.id(), changed.lockVersion(), "Languages");
			DraftEntry other = registry.createDraft(TestData.sample("Visible Sorter " + unique));
			registry.publish(other.id(), other.lockVersion(), "");
			return new Published(provider, registry.open(draft.id()).registrationNumber(),
					registry.open(other.id()).registrationNumber(), name, document);
		});
	}

	/** Every public surface, asserting that the entry is (or is not) on it. */
	void assertPublic(Published p, boolean visible) throws Exception {
		String n = p.number();
		String providerFeed = "/api/v1/organisations/" + p.provider().organisation().value() + "/feed.atom";
		// bulk downloads, current and with history
		assertThat(body("/api/v1/downloads/entries.csv")).as("entries.csv").satisfies(b -> contains(b, n, visible));
		assertThat(body("/api/v1/downloads/versions.csv")).as("versions.csv").satisfies(b -> contains(b, n, visible));
		assertThat(body("/api/v1/downloads/entries.json")).as("entries.json").satisfies(b -> contains(b, n, visible));
		assertThat(body("/api/v1/downloads/versions.json")).as("versions.json").satisfies(b -> contains(b, n, visible));
		// Atom feeds: all, per provider, per Annex III area (the sample is point 4(a))
		assertThat(body("/api/v1/feeds/entries.atom")).as("feed").satisfies(b -> contains(b, n, visible));
		assertThat(body(providerFeed)).as("provider feed").satisfies(b -> contains(b, n, visible)).contains(p.other());
		assertThat(body("/api/v1/feeds/annex-iii/4.atom")).as("area feed").satisfies(b -> contains(b, n, visible));
		// API: entry, versions, history; organisations listing counts only public entries
		int expected = visible ? 200 : 451;
		assertThat(get("/api/v1/entries/" + n).statusCode()).as("entry").isEqualTo(expected);
		assertThat(get("/api/v1/entries/" + n + "/versions/1").statusCode()).as("version 1").isEqualTo(expected);
		assertThat(get("/api/v1/entries/" + n + "/versions").statusCode()).as("history").isEqualTo(expected);
		JsonNode organisations = json.readTree(body("/api/v1/organisations"));
		int count = -1;
		for (JsonNode organisation : organisations) {
			if (organisation.get("id").asString().equals(p.provider().organisation().value().toString())) {
				count = organisation.get("publishedEntries").asInt();
			}
		}
		assertThat(count).as("provider's public entries").isEqualTo(visible ? 2 : 1);
		// document download
		assertThat(get("/systems/" + n + "/documents/" + p.document().sha256()).statusCode()).as("document")
			.isEqualTo(visible ? 200 : 404);
		// what the home page, the version and diff pages and reduced-mode search read
		assertThat(queries.latestPublications(50)).extracting(PublicEntry::registrationNumber)
			.as("home list")
			.satisfies(list -> assertThat(list.contains(n)).isEqualTo(visible));
		assertThat(queries.findVersion(n, 1).isPresent()).as("version page").isEqualTo(visible);
		assertThat(queries.history(n).isEmpty()).as("diff page history").isEqualTo(!visible);
		assertThat(queries.searchInDatabase(p.name(), 10)).extracting(PublicEntry::registrationNumber)
			.as("reduced-mode search")
			.satisfies(list -> assertThat(list.contains(n)).isEqualTo(visible));
		assertThat(queries.isSuspended(n)).isEqualTo(!visible);
	}

	static void contains(String body, String number, boolean visible) {
		assertThat(body.contains(number)).as("mentions " + number).isEqualTo(visible);
	}

	@Test
	@DisplayName("Art 74 and Art 79 market surveillance measures: a suspended entry is absent from CSV and JSON exports "
			+ "(current and history), every Atom feed, the API, search (also reduced mode), the home list, version, diff "
			+ "and document downloads; lifting the suspension brings it back everywhere")
	void suspendedEntryIsHiddenEverywhereUntilLifted() throws Exception {
		Published p = publish();
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		await().atMost(Duration.ofSeconds(60)).until(() -> foundInSearch(p.name(), p.number()));
		assertPublic(p, true);
		JsonNode entry = json.readTree(body("/api/v1/entries/" + p.number()));
		assertThat(entry.get("classification").asString()).isEqualTo("SECTION_A");

		testData.run(regulator, () -> moderation.suspend(p.number(), "Suspended pending an Art 79 evaluation."));

		assertPublic(p, false);
		await().atMost(Duration.ofSeconds(60)).until(() -> !foundInSearch(p.name(), p.number()));
		HttpResponse<String> suspended = get("/api/v1/entries/" + p.number());
		assertThat(suspended.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(suspended.body());
		assertThat(problem.get("status").asInt()).isEqualTo(451);
		assertThat(problem.get("title").asString()).isEqualTo("Entry suspended from public view");
		assertThat(problem.get("notice").asString()).isEqualTo("Suspended pending an Art 79 evaluation.");
		assertThat(problem.get("detail").asString()).contains("Suspended pending an Art 79 evaluation.");
		assertThat(get("/api/v1/entries/" + p.number() + "/versions/9").statusCode()).isEqualTo(451);
		// the regulator still sees it to lift the suspension
		assertThat(testData.as(regulator, () -> moderation.entry(p.number()))).isPresent();

		ModerationAction suspension = moderation.suspension(p.number()).orElseThrow();
		testData.run(regulator, () -> moderation.close(suspension.id()));

		assertPublic(p, true);
		await().atMost(Duration.ofSeconds(60)).until(() -> foundInSearch(p.name(), p.number()));
	}

	@Test
	@DisplayName("Art 74: an unknown entry stays 404 in the API, only a suspended one answers 451")
	void unknownEntryIsStillNotFound() throws Exception {
		assertThat(get("/api/v1/entries/AIR-999999").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/entries/AIR-999999/versions").statusCode()).isEqualTo(404);
	}

	static final String REASON = "Under investigation for false statements on conformity.";

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
