package org.airegistry.gpai.web;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiOversight;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.TechnicalDocument;
import org.airegistry.shared.Competence;
import org.airegistry.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Regulators' download of a model's Annex XI technical documentation
 * ({@code /oversight/models/<id>/technical-documents/<sha-256>}, Art 53(1)(a)). Nobody
 * else gets it: anonymous visitors, providers (even the owner: they have their own copy)
 * and deployers are refused with 403, unknown documents are 404. Every download is
 * audited by {@link GpaiOversight}.
 */
@RestController
@RolesAllowed(Competence.Names.GPAI)
class TechnicalDocumentController {

	static final String PATH = GpaiRoutes.TECHNICAL_DOCUMENT;

	private final GpaiOversight oversight;

	TechnicalDocumentController(GpaiOversight oversight) {
		this.oversight = oversight;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String sha256) {
		GpaiModelId model = GpaiModelId.parse(id).orElse(null);
		if (model == null || !sha256.matches("[0-9a-f]{64}")) {
			return ResponseEntity.notFound().build();
		}
		TechnicalDocument.Download download;
		try {
			download = oversight.downloadTechnicalDocument(model, sha256);
		}
		catch (NotFoundException ex) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			// restricted: no shared caches, no copies in the browser
			.cacheControl(CacheControl.noStore())
			.body(download.content());
	}

}
