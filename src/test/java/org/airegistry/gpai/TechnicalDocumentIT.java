package org.airegistry.gpai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.airegistry.publication.Draft;
import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditRecord;
import org.airegistry.audit.AuditTrail;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.browser.BrowserSupport;
import org.airegistry.browser.SecondFactorSupport;
import org.airegistry.registry.TestPdfs;
import org.airegistry.security.TwoStepLogin;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;

/**
 * The Annex XI technical documentation PDFs on PostgreSQL over HTTP: checked like every
 * upload, never public, downloadable by regulators only, every download audited.
 */
@PostgresTest
class TechnicalDocumentIT {

	@Autowired
	TestData testData;

	@Autowired
	GpaiService service;

	@Autowired
	AuditTrail trail;

	@LocalServerPort
	int port;

	HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Submits the login form with the user's name and password. */
	HttpResponse<String> postPassword(HttpClient http, TestUser user) throws Exception {
		String form = "username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);
		return http.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://localhost:" + port)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpClient loggedIn(TestUser user) throws Exception {
		HttpClient http = client();
		HttpResponse<String> response = postPassword(http, user);
		assertThat(response.statusCode()).isIn(302, 303);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error")
			.as("logged in with the password alone, no second factor asked")
			.doesNotContain(TwoStepLogin.CODE_PAGE);
		return http;
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * A login with the password only: the code page is next, and a download in that
	 * session is refused.
	 */
	int passwordOnly(TestUser user, String download) throws Exception {
		HttpClient http = client();
		HttpResponse<String> response = postPassword(http, user);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/" + TwoStepLogin.CODE_PAGE);
		return get(http, download).statusCode();
	}

	TestUser regulator() {
		return testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
	}

	@Test
	@DisplayName("Art 53(1)(a), Annex XI: the technical documentation PDF is checked like every upload, stays out "
			+ "of the public page and open data, and only regulators download it, each download audited")
	void restrictedToRegulators() throws Exception {
		TestUser owner = testData.provider();
		byte[] pdf = TestPdfs.pdf("Annex XI technical documentation");
		String name = "Annex XI Model " + java.util.UUID.randomUUID().toString().substring(0, 8);
		GpaiModelId id = testData.as(owner, () -> service.createDraft(GpaiSamples.complete(name)).id());

		// checked before anything is stored, the problem on the upload field
		testData.run(owner, () -> {
			assertThatThrownBy(() -> service.attachTechnicalDocument(id, "photo.pdf", TestPdfs.notPdf()))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors()).singleElement()
					.satisfies(error -> assertThat(error.field()).isEqualTo("technicalDocumentFile")));
			assertThatThrownBy(() -> service.attachTechnicalDocument(id, "broken.pdf", TestPdfs.corruptPdf()))
				.isInstanceOf(InvalidInputException.class);
			assertThat(service.technicalDocuments(id)).isEmpty();
		});
		TechnicalDocument stored = testData.as(owner, () -> {
			TechnicalDocument document = service.attachTechnicalDocument(id, "annex-xi.pdf", pdf);
			Draft<GpaiModelId, GpaiModelData> draft = service.open(id);
			service.publish(id, draft.lockVersion(), "");
			return document;
		});
		assertThat(stored.sha256()).matches("[0-9a-f]{64}");
		assertThat(stored.modelVersion()).isEqualTo(1);
		String download = GpaiRoutes.technicalDocument(id, stored.sha256());

		// another organisation's provider cannot list or attach
		TestUser other = testData.provider();
		assertThatThrownBy(() -> testData.as(other, () -> service.technicalDocuments(id)))
			.isInstanceOf(org.airegistry.shared.NotFoundException.class);

		// never public: not in open data, not on the public page's data
		String openData = new String(get(client(), "/api/v1/models/" + id).body(), StandardCharsets.UTF_8);
		assertThat(openData).contains(name).doesNotContain(stored.sha256()).doesNotContain("annex-xi.pdf");
		String csv = new String(get(client(), "/api/v1/models.csv").body(), StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain(stored.sha256());

		assertThat(get(client(), download).statusCode()).isEqualTo(403);
		assertThat(get(loggedIn(owner), download).statusCode()).isEqualTo(403);
		assertThat(get(loggedIn(other), download).statusCode()).isEqualTo(403);
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		assertThat(get(loggedIn(deployer), download).statusCode()).isEqualTo(403);

		// a regulator's password alone does not log in: the second factor is required
		// (DD045)
		TestUser regulator = regulator();
		assertThat(passwordOnly(regulator, download)).isEqualTo(403);

		// logged in as a regulator must, in a browser, the download goes through its
		// session
		Page browser = BrowserSupport.newPage();
		try {
			SecondFactorSupport.logIn(browser, url("/login"), regulator.email());
			APIResponse response = browser.request().get(url(download));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).isEqualTo(pdf);
			assertThat(response.headers().getOrDefault("content-type", "")).startsWith("application/pdf");
			assertThat(response.headers().getOrDefault("cache-control", "")).contains("no-store");
			assertThat(browser.request().get(url(GpaiRoutes.technicalDocument(id, "0".repeat(64)))).status())
				.isEqualTo(404);
		}
		finally {
			BrowserSupport.close(browser);
		}

		List<AuditRecord> audited = testData.as(regulator, () -> trail
			.page(new AuditFilter("gpai-model.technical-document-downloaded", id.toString(), null, null), 0, 10));
		assertThat(audited).singleElement().satisfies(record -> {
			assertThat(record.actorUserId()).isNotNull();
			assertThat(record.legalReference()).contains("Annex XI");
			assertThat(record.after()).contains(stored.sha256());
		});
	}

}
