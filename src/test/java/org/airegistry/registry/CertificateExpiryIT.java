package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.airegistry.publication.ShownField;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annex VIII A.8 on PostgreSQL: the notified body by name or number, an expired
 * certificate not published as valid, and the public page and API saying when it expired.
 */
@PostgresTest
class CertificateExpiryIT {

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	@LocalServerPort
	int port;

	String publish(TestUser provider, EntryStatus status, Certificate certificate) {
		return testData.as(provider, () -> {
			StoredDocument scan = registry.storeDocument(DocumentKind.CERTIFICATE_SCAN, "certificate.pdf",
					TestPdfs.pdf("Certificate " + certificate.number()));
			DraftEntry draft = registry.createDraft(TestData.sample("Certified " + certificate.number())
				.withStatus(status)
				.withCertificate(certificate)
				.withDocuments(EntryDocuments.none().with(DocumentKind.CERTIFICATE_SCAN, scan)));
			registry.publish(draft.id(), draft.lockVersion(), "");
			return registry.open(draft.id()).registrationNumber();
		});
	}

	static Certificate certificate(LocalDate expiry, String bodyName, String bodyId) {
		return new Certificate("EU technical documentation assessment certificate",
				"NB-" + UUID.randomUUID().toString().substring(0, 8), expiry, bodyName, bodyId);
	}

	static Stream<Arguments> refused() {
		LocalDate yesterday = LocalDate.now().minusDays(1);
		return Stream.of(
				Arguments.of("Annex VIII A.7, A.8: expired certificate of a system on the market",
						EntryStatus.ON_MARKET, yesterday),
				Arguments.of("Annex VIII A.7, A.8: expired certificate of a system in service", EntryStatus.IN_SERVICE,
						yesterday));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	@DisplayName("Annex VIII A.8: an expired certificate is not published as valid")
	void expiredRefused(String name, EntryStatus status, LocalDate expiry) {
		TestUser provider = testData.provider();
		assertThatThrownBy(() -> publish(provider, status, certificate(expiry, "Body", "")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors()).anySatisfy(error -> {
				assertThat(error.field()).isEqualTo("certificate.expiryDate");
				assertThat(error.messageKey()).isEqualTo("validation.certificate.expired");
			}));
	}

	@Test
	@DisplayName("Annex VIII A.8: the certificate's last day is valid; name or number of the notified body is enough")
	void validUntilExpiryDay() {
		TestUser provider = testData.provider();
		String byName = publish(provider, EntryStatus.ON_MARKET, certificate(LocalDate.now(), "Only A Name", ""));
		String byNumber = publish(provider, EntryStatus.ON_MARKET,
				certificate(LocalDate.now().plusYears(1), "", "0123"));
		assertThat(queries.findLatest(byName).orElseThrow().data().certificate().bodyName()).isEqualTo("Only A Name");
		assertThat(queries.findLatest(byNumber).orElseThrow().data().certificate().bodyId()).isEqualTo("0123");
	}

	@Test
	@DisplayName("Annex VIII A.8: the public page and the API say when a certificate expired")
	void pageAndApiSayExpired() throws Exception {
		TestUser provider = testData.provider();
		LocalDate expiry = LocalDate.now().minusDays(3);
		// a withdrawn system's entry stays updatable with its expired certificate
		String number = publish(provider, EntryStatus.NO_LONGER_ON_MARKET, certificate(expiry, "Lapsed Body", "4321"));
		PublicEntry entry = queries.findLatest(number).orElseThrow();

		ShownField shown = EntryFields
			.describe(entry.data(), (key, args) -> key + java.util.Arrays.toString(args), Locale.ENGLISH, true)
			.stream()
			.filter(field -> field.key().equals("certificate.expiryDate"))
			.findFirst()
			.orElseThrow();
		assertThat(shown.value()).startsWith("field.certificate.expiredOn");

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/entries/" + number)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode json = JsonMapper.builder().build().readTree(response.body());
		assertThat(json.get("certificateExpiryDate").asString()).isEqualTo(expiry.toString());
		assertThat(json.get("certificateExpired").asBoolean()).isTrue();
		assertThat(json.get("notifiedBodyName").asString()).isEqualTo("Lapsed Body");
		assertThat(json.get("notifiedBodyId").asString()).isEqualTo("4321");

		// a given version's answer never changes: it states the date, not whether it
		// passed
		HttpResponse<String> version = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/entries/" + number + "/versions/1"))
				.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode versionJson = JsonMapper.builder().build().readTree(version.body());
		assertThat(versionJson.get("certificateExpiryDate").asString()).isEqualTo(expiry.toString());
		assertThat(versionJson.get("certificateExpired").isNull()).isTrue();
	}

}
