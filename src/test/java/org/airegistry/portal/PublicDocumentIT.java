package org.airegistry.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryDocuments;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.StoredDocument;
import org.airegistry.registry.TestPdfs;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * PDF documents on PostgreSQL, downloaded over HTTP without login: content type, file
 * name and a body whose SHA-256 is the one in the address and in the version.
 */
@PostgresTest
class PublicDocumentIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryQueries queries;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<byte[]> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	record Published(TestUser provider, String registrationNumber, StoredDocument document, byte[] pdf,
			DraftEntry draft) {
	}

	Published publishWithDeclaration(String name) {
		TestUser provider = testData.provider();
		byte[] pdf = TestPdfs.pdf("Declaration of conformity of " + name);
		return testData.as(provider, () -> {
			StoredDocument document = registry.storeDocument(DocumentKind.DECLARATION_OF_CONFORMITY,
					"Declaration \"" + name + "\".pdf", pdf);
			EntryData data = TestData.sample(name)
				.withDocuments(EntryDocuments.none().with(DocumentKind.DECLARATION_OF_CONFORMITY, document));
			DraftEntry draft = registry.createDraft(data);
			registry.publish(draft.id(), draft.lockVersion(), "");
			return new Published(provider, registry.open(draft.id()).registrationNumber(), document, pdf,
					registry.open(draft.id()));
		});
	}

	@Test
	@DisplayName("Annex VIII A.11: a published declaration of conformity downloads as a PDF whose SHA-256 matches")
	void downloadMatchesHash() throws Exception {
		Published published = publishWithDeclaration("Download Sorter");

		HttpResponse<byte[]> response = get(
				"/systems/" + published.registrationNumber() + "/documents/" + published.document().sha256());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).startsWith("attachment;").contains("Declaration").contains(".pdf"));
		assertThat(response.body()).isEqualTo(published.pdf());
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body())))
			.isEqualTo(published.document().sha256());
	}

	@Test
	@DisplayName("Documents of drafts, unknown hashes and other entries are not found; nobody may write")
	void onlyPublishedDocuments() throws Exception {
		Published published = publishWithDeclaration("Scoped Sorter");
		byte[] draftPdf = TestPdfs.pdf("draft only");
		testData.run(published.provider(), () -> {
			StoredDocument document = registry.storeDocument(DocumentKind.INSTRUCTIONS_FOR_USE, "ifu.pdf", draftPdf);
			registry.createDraft(TestData.sample("Draft Sorter")
				.withDocuments(EntryDocuments.none().with(DocumentKind.INSTRUCTIONS_FOR_USE, document)));
		});
		String draftSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(draftPdf));

		assertThat(get("/systems/" + published.registrationNumber() + "/documents/" + draftSha).statusCode())
			.as("a hash the published entry does not refer to")
			.isEqualTo(404);
		assertThat(get("/systems/" + published.registrationNumber() + "/documents/not-a-hash").statusCode())
			.isEqualTo(404);
		HttpResponse<String> post = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/systems/" + published.registrationNumber()
					+ "/documents/" + published.document().sha256()))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isIn(401, 403, 405);
	}

	@Test
	@DisplayName("Art 49(4): once an entry moves to the non-public section, its documents are no longer downloadable")
	void restrictedEntryDocumentsAreNotPublic() throws Exception {
		Published published = publishWithDeclaration("Moving Sorter");
		String path = "/systems/" + published.registrationNumber() + "/documents/" + published.document().sha256();
		assertThat(get(path).statusCode()).isEqualTo(200);

		testData.run(published.provider(), () -> {
			DraftEntry draft = registry.open(published.draft().id());
			EntryData restricted = draft.data()
				.withAnnexIIIPoint(AnnexIIIPoint.P6A, false)
				.minimisedForRestrictedSection();
			DraftEntry saved = registry.saveDraft(draft.id(), draft.lockVersion(), restricted);
			registry.publish(saved.id(), saved.lockVersion(), "Used by the police");
		});

		assertThat(get(path).statusCode()).isEqualTo(404);
	}

	@Test
	@DisplayName("Art 49(4): the non-public section refuses documents (A.9, A.11, A.12 are not held there)")
	void restrictedRefusesDocuments() {
		TestUser provider = testData.provider();
		testData.run(provider, () -> {
			StoredDocument document = registry.storeDocument(DocumentKind.DECLARATION_OF_CONFORMITY, "doc.pdf",
					TestPdfs.pdf("restricted"));
			EntryData data = TestData.sample("Restricted With Document")
				.withAnnexIIIPoint(AnnexIIIPoint.P7A, false)
				.minimisedForRestrictedSection()
				.withDocuments(EntryDocuments.none().with(DocumentKind.DECLARATION_OF_CONFORMITY, document));
			assertThatThrownBy(() -> registry.createDraft(data))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
					.anySatisfy(error -> assertThat(error.field()).isEqualTo("documents.DECLARATION_OF_CONFORMITY")));
		});
	}

	@Test
	@DisplayName("The version's SHA-256 covers its documents: another PDF gives another version hash")
	void versionHashCoversDocuments() {
		Published published = publishWithDeclaration("Hashed Sorter");
		String firstHash = testData.as(published.provider(), () -> {
			String before = queries.findLatest(published.registrationNumber()).orElseThrow().contentSha256();
			StoredDocument other = registry.storeDocument(DocumentKind.DECLARATION_OF_CONFORMITY, "v2.pdf",
					TestPdfs.pdf("Declaration, second edition"));
			DraftEntry draft = registry.open(published.draft().id());
			DraftEntry saved = registry.saveDraft(draft.id(), draft.lockVersion(), draft.data()
				.withDocuments(EntryDocuments.none().with(DocumentKind.DECLARATION_OF_CONFORMITY, other)));
			registry.publish(saved.id(), saved.lockVersion(), "New declaration");
			return before;
		});
		String secondHash = queries.findLatest(published.registrationNumber()).orElseThrow().contentSha256();
		assertThat(secondHash).isNotEqualTo(firstHash);
	}

}
