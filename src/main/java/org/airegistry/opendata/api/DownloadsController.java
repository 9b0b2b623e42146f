package org.airegistry.opendata.api;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.airegistry.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bulk downloads of all public entries, streamed. The CSV columns are documented in
 * {@link org.airegistry.opendata.ExportColumn} and on the field dictionary page.
 */
@RestController
@Tag(name = "Downloads", description = "All public entries at once, as CSV or JSON")
class DownloadsController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final RegistryQueries registry;

	private final BulkExports exports;

	private final ApplicationEventPublisher events;

	DownloadsController(RegistryQueries registry, BulkExports exports, ApplicationEventPublisher events) {
		this.registry = registry;
		this.exports = exports;
		this.events = events;
	}

	@GetMapping(OpenDataRoutes.ENTRIES_CSV)
	@Operation(summary = "Latest version of every entry as CSV",
			description = "RFC 4180, UTF-8, header row with the column names of the field dictionary; "
					+ "member_states separated by ';'. Cells starting with = + - @ are prefixed with an apostrophe.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
	ResponseEntity<StreamingResponseBody> entriesCsv() {
		return csv("ai-registry-entries.csv", registry::forEachLatest);
	}

	@GetMapping(OpenDataRoutes.VERSIONS_CSV)
	@Operation(summary = "Every public version of every entry (full history) as CSV",
			description = "Same columns as entries.csv, one row per version, ordered by entry and version.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
	ResponseEntity<StreamingResponseBody> versionsCsv() {
		return csv("ai-registry-versions.csv", registry::forEachVersion);
	}

	@GetMapping(OpenDataRoutes.ENTRIES_JSON)
	@Operation(summary = "Latest version of every entry as a JSON array of Entry")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json"))
	ResponseEntity<StreamingResponseBody> entriesJson() {
		return json("ai-registry-entries.json", registry::forEachLatest);
	}

	@GetMapping(OpenDataRoutes.VERSIONS_JSON)
	@Operation(summary = "Every public version of every entry (full history) as a JSON array of Entry")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json"))
	ResponseEntity<StreamingResponseBody> versionsJson() {
		return json("ai-registry-versions.json", registry::forEachVersion);
	}

	private ResponseEntity<StreamingResponseBody> csv(String fileName,
			BiConsumer<Integer, Consumer<List<PublicEntry>>> source) {
		String base = BaseUrl.current();
		recordExport(fileName);
		return download(fileName, TEXT_CSV, out -> exports.writeCsv(source, base, out));
	}

	private ResponseEntity<StreamingResponseBody> json(String fileName,
			BiConsumer<Integer, Consumer<List<PublicEntry>>> source) {
		String base = BaseUrl.current();
		recordExport(fileName);
		return download(fileName, MediaType.APPLICATION_JSON, out -> exports.writeJson(source, base, out));
	}

	/**
	 * Every bulk export is in the audit trail: which file, when, by whom if signed in.
	 */
	private void recordExport(String fileName) {
		events.publishEvent(Audited.of("opendata.exported", "export", fileName));
	}

	private static ResponseEntity<StreamingResponseBody> download(String fileName, MediaType type,
			StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
