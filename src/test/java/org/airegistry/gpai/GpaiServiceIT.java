package org.airegistry.gpai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.airegistry.publication.Draft;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.VersionSummary;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GPAI model pages on PostgreSQL: versions, integrity, scope, designation, open data. */
@PostgresTest
class GpaiServiceIT {

	@Autowired
	TestData testData;

	@Autowired
	GpaiService service;

	@Autowired
	GpaiOversight oversight;

	@Autowired
	GpaiQueries queries;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	GpaiModelId publish(TestUser provider, GpaiModelData data) {
		return testData.as(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> draft = service.createDraft(data);
			service.saveTechnicalDocumentation(draft.id(), "ANNEX-XI-ONLY-FOR-REGULATORS");
			service.publish(draft.id(), draft.lockVersion(), "");
			return draft.id();
		});
	}

	@Test
	@DisplayName("Art 53(1)(d): every change is a new immutable version with the SHA-256 of its canonical JSON")
	void versions() {
		TestUser provider = testData.provider();
		GpaiModelId id = publish(provider, GpaiSamples.complete("IT Versions"));
		testData.run(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> opened = service.open(id);
			Draft<GpaiModelId, GpaiModelData> saved = service.saveDraft(id, opened.lockVersion(),
					opened.data().toBuilder().modelVersion("1.1").build());
			assertThatThrownBy(() -> service.publish(id, saved.lockVersion(), " "))
				.isInstanceOf(InvalidInputException.class);
			service.publish(id, saved.lockVersion(), "New weights");
			assertThatThrownBy(() -> service.saveDraft(id, opened.lockVersion(), opened.data()))
				.isInstanceOf(ConcurrentEditException.class);
		});
		PublicModel first = queries.version(id, 1).orElseThrow();
		PublicModel latest = queries.latest(id).orElseThrow();
		assertThat(first.data().modelVersion()).isEqualTo("1.0");
		assertThat(latest.data().modelVersion()).isEqualTo("1.1");
		assertThat(latest.contentSha256()).isEqualTo(CanonicalJson.sha256(CanonicalJson.write(latest.data())));
		assertThat(latest.canonicalJson()).doesNotContain("ANNEX-XI");
		assertThat(queries.versions(id, java.util.Locale.ENGLISH)).extracting(VersionSummary::version)
			.containsExactly(2, 1);
	}

	@Test
	@DisplayName("Model pages are scoped to the provider's organisation")
	void scope() {
		GpaiModelId id = publish(testData.provider(), GpaiSamples.complete("IT Scope"));
		TestUser other = testData.provider();
		assertThatThrownBy(() -> testData.as(other, () -> service.open(id))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> testData.as(other, () -> service.technicalDocumentation(id)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("Art 52(4): only regulators of the AI Office designate; the designation is a new version")
	void designation() {
		TestUser provider = testData.provider();
		GpaiModelId id = publish(provider, GpaiSamples.systemic("IT Designation"));
		assertThatThrownBy(() -> testData.as(provider, () -> oversight.designate(id, LocalDate.now())))
			.isInstanceOf(AccessDeniedException.class);
		// a national authority's user holding the GPAI competence does not decide for the
		// Commission
		TestUser national = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		assertThatThrownBy(() -> testData.as(national, () -> oversight.designate(id, LocalDate.now())))
			.isInstanceOf(AccessDeniedException.class);
		TestUser regulator = testData.aiOffice(Competence.GPAI);
		int version = testData.as(regulator, () -> oversight.designate(id, LocalDate.now().minusDays(1)));
		assertThat(version).isEqualTo(2);
		assertThat(queries.latest(id).orElseThrow().data().systemicRiskStatus())
			.isEqualTo(SystemicRiskStatus.DESIGNATED);
		assertThat(testData.as(regulator, () -> oversight.technicalDocumentation(id)))
			.isEqualTo("ANNEX-XI-ONLY-FOR-REGULATORS");
		// the provider cannot lift it by publishing a change
		testData.run(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> opened = service.open(id);
			Draft<GpaiModelId, GpaiModelData> saved = service.saveDraft(id, opened.lockVersion(),
					opened.data().withSystemicRiskStatus(SystemicRiskStatus.NOTIFIED, null));
			assertThatThrownBy(() -> service.publish(id, saved.lockVersion(), "Lift it"))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
					.anySatisfy(error -> assertThat(error.messageKey()).isEqualTo("gpai.validation.designationStays")));
		});
	}

	@Test
	@DisplayName("Art 52(3): providers cannot record the Commission's decision on their arguments; the AI Office can")
	void rebuttalDecision() {
		TestUser provider = testData.provider();
		GpaiModelData submitted = GpaiSamples.systemic("IT Rebuttal")
			.withSystemicRiskStatus(SystemicRiskStatus.REBUTTAL_SUBMITTED, null);
		GpaiModelId id = publish(provider, submitted);
		// the service refuses the provider's own "accepted", whatever the form offers
		testData.run(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> opened = service.open(id);
			Draft<GpaiModelId, GpaiModelData> saved = service.saveDraft(id, opened.lockVersion(), opened.data()
				.withSystemicRiskStatus(SystemicRiskStatus.REBUTTAL_ACCEPTED, LocalDate.now().minusDays(1)));
			assertThatThrownBy(() -> service.publish(id, saved.lockVersion(), "Accepted, we say"))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors()).anySatisfy(
						error -> assertThat(error.messageKey()).isEqualTo("gpai.validation.decisionByRegulator")));
		});
		assertThat(queries.latest(id).orElseThrow().data().systemicRiskStatus())
			.isEqualTo(SystemicRiskStatus.REBUTTAL_SUBMITTED);

		TestUser aiOffice = testData.aiOffice(Competence.GPAI);
		int version = testData.as(aiOffice,
				() -> oversight.decide(id, SystemicRiskStatus.REBUTTAL_ACCEPTED, LocalDate.now().minusDays(2)));
		PublicModel latest = queries.latest(id).orElseThrow();
		assertThat(latest.version()).isEqualTo(version);
		assertThat(latest.data().systemicRiskStatus()).isEqualTo(SystemicRiskStatus.REBUTTAL_ACCEPTED);
		assertThat(latest.data().systemicRisk()).isFalse();
		// issue 19: stored without language, read in the reader's
		assertThat(CommissionDecision.parse(latest.changeSummary()))
			.contains(new CommissionDecision(SystemicRiskStatus.REBUTTAL_ACCEPTED, LocalDate.now().minusDays(2)));
		assertThat(queries.versions(id, java.util.Locale.GERMAN).getFirst().changeSummary())
			.startsWith("Die Kommission hat die Argumente des Anbieters")
			.contains("(Art. 52 Abs. 3)");
		// a second decision on arguments already decided is refused
		assertThatThrownBy(() -> testData.as(aiOffice,
				() -> oversight.decide(id, SystemicRiskStatus.REBUTTAL_REJECTED, LocalDate.now())))
			.isInstanceOf(ActionRefusedException.class);
		// the provider keeps the decision when publishing its next version
		testData.run(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> opened = service.open(id);
			Draft<GpaiModelId, GpaiModelData> saved = service.saveDraft(id, opened.lockVersion(),
					opened.data().toBuilder().modelVersion("1.1").build());
			assertThatThrownBy(() -> service.publish(id, saved.lockVersion(),
					" " + new CommissionDecision(SystemicRiskStatus.DESIGNATED, LocalDate.now()).stored()))
				.as("only the AI Office records decisions, also not by their stored form")
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
					.anySatisfy(error -> assertThat(error.field()).isEqualTo("changeSummary")));
			service.publish(id, saved.lockVersion(), "Next checkpoint");
		});
		assertThat(queries.latest(id).orElseThrow().data().systemicRiskStatus())
			.isEqualTo(SystemicRiskStatus.REBUTTAL_ACCEPTED);
	}

	@Test
	@DisplayName("Art 52(1): the AI Office sees the notification due two weeks after the threshold, late ones first")
	void notificationsForTheAiOffice() {
		TestUser provider = testData.provider();
		GpaiModelId late = publish(provider,
				GpaiSamples.systemic("IT Late Notification")
					.toBuilder()
					.thresholdMetDate(LocalDate.of(2026, 3, 2))
					.notificationDate(LocalDate.of(2026, 3, 20))
					.build());
		GpaiModelId onTime = publish(provider, GpaiSamples.systemic("IT Timely Notification"));
		GpaiModelId below = publish(provider, GpaiSamples.complete("IT Below Threshold"));
		assertThatThrownBy(() -> testData.as(provider, () -> oversight.notifications()))
			.isInstanceOf(AccessDeniedException.class);
		java.util.List<PublicModel> listed = testData.as(testData.aiOffice(Competence.GPAI),
				() -> oversight.notifications());
		assertThat(listed).extracting(PublicModel::id).contains(late, onTime).doesNotContain(below);
		assertThat(listed.indexOf(listed.stream().filter(model -> model.id().equals(late)).findFirst().orElseThrow()))
			.isLessThan(listed
				.indexOf(listed.stream().filter(model -> model.id().equals(onTime)).findFirst().orElseThrow()));
		PublicModel lateModel = listed.stream().filter(model -> model.id().equals(late)).findFirst().orElseThrow();
		assertThat(lateModel.data().notificationDue()).contains(LocalDate.of(2026, 3, 16));
		assertThat(lateModel.data().notificationLate(LocalDate.now())).isTrue();
	}

	@Test
	@DisplayName("Open data: model search with the systemic-risk facet, model JSON, summary JSON, CSV and Atom")
	void openData() throws Exception {
		TestUser provider = testData.provider();
		GpaiModelId big = publish(provider, GpaiSamples.systemic("IT Opendata Big"));
		publish(provider, GpaiSamples.complete("IT Opendata Small"));
		JsonMapper json = JsonMapper.builder().build();

		// indexed after commit, from the outbox: wait for both models (the facet counts
		// the one filtered out)
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(json.readTree(get("/api/v1/models?q=opendata").body()).get("total").asInt())
				.isEqualTo(2));
		HttpResponse<String> search = get("/api/v1/models?q=opendata&systemicRisk=true");
		assertThat(search.statusCode()).isEqualTo(200);
		JsonNode results = json.readTree(search.body());
		assertThat(results.get("total").asInt()).isEqualTo(1);
		assertThat(results.get("mode").asString()).isEqualTo("FULL");
		assertThat(results.get("models").get(0).get("name").asString()).isEqualTo("IT Opendata Big");
		assertThat(results.get("facets").get("systemicRisk").get("false").asInt()).isEqualTo(1);

		JsonNode model = json.readTree(get("/api/v1/models/" + big).body());
		assertThat(model.get("systemicRisk").asBoolean()).isTrue();
		assertThat(model.toString()).doesNotContain("ANNEX-XI");

		HttpResponse<String> summary = get("/api/v1/models/" + big + "/versions/1/training-summary.json");
		assertThat(summary.statusCode()).isEqualTo(200);
		assertThat(summary.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		assertThat(json.readTree(summary.body()).get("topDomains").get(0).asString()).isEqualTo("wikipedia.org");

		// the shared CSV writer quotes only fields that need it (RFC 4180)
		assertThat(get("/api/v1/models.csv").body()).containsPattern("(?m)^[0-9a-f-]{36},IT Opendata Big,");
		assertThat(get("/api/v1/models/feed.atom").body()).contains("IT Opendata Big (version 1)");
		assertThat(get("/api/v1/models/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/models/nope").statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/models?modality=SMELL").statusCode()).isEqualTo(400);
	}

}
