package org.airegistry.portal;

import java.nio.charset.StandardCharsets;

import org.airegistry.registry.PublicDocuments;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the PDF documents of published entries
 * ({@code /systems/AIR-000001/documents/<sha-256>}). The address names the content, so a
 * download can be checked against the hash shown on the page. Documents of drafts and of
 * entries in the non-public section (Art 49(4)) are not found.
 */
@RestController
class PublicDocumentController {

	static final String PATH = "/systems/{registrationNumber}/documents/{sha256}";

	private final PublicDocuments documents;

	PublicDocumentController(PublicDocuments documents) {
		this.documents = documents;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> download(@PathVariable String registrationNumber, @PathVariable String sha256) {
		return documents.find(registrationNumber, sha256)
			.map(download -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(download.document().fileName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.eTag("\"" + sha256 + "\"")
				// the content never changes under this address
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
				.body(download.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
