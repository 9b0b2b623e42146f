package org.airegistry.opendata.api;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.airegistry.deployment.DeploymentQueries;
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
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Bulk downloads of all public entries, written once per change of the public data from
 * the database in batches (memory stays flat) and then served from the file, with
 * {@code ETag}/{@code Last-Modified} (304 when unchanged), gzip and byte ranges (DD036).
 * The CSV columns are documented in {@link org.airegistry.opendata.ExportColumn} and on
 * the field dictionary page.
 */
@RestController
@Tag(name = "Downloads", description = "All public entries at once, as CSV or JSON")
class DownloadsController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final RegistryQueries registry;

	private final BulkExports exports;

	private final ApplicationEventPublisher events;

	private final GeneratedFiles files;

	private final DeploymentQueries deployments;

	DownloadsController(RegistryQueries registry, BulkExports exports, ApplicationEventPublisher events,
			GeneratedFiles files, DeploymentQueries deployments) {
		this.registry = registry;
		this.deployments = deployments;
		this.exports = exports;
		this.events = events;
		this.files = files;
	}

	@GetMapping(OpenDataRoutes.ENTRIES_CSV)
	@Operation(summary = "Latest version of every entry as CSV",
			description = "RFC 4180, UTF-8, header row with the column names of the field dictionary; "
					+ "member_states separated by ';'. Cells starting with = + - @ are prefixed with an apostrophe.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
	ResponseEntity<Resource> entriesCsv(ServletWebRequest request) {
		return csv("ai-registry-entries.csv", registry::forEachLatest, request);
	}

	@GetMapping(OpenDataRoutes.VERSIONS_CSV)
	@Operation(summary = "Every public version of every entry (full history) as CSV",
			description = "Same columns as entries.csv, one row per version, ordered by entry and version.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
	ResponseEntity<Resource> versionsCsv(ServletWebRequest request) {
		return csv("ai-registry-versions.csv", registry::forEachVersion, request);
	}

	@GetMapping(OpenDataRoutes.ENTRIES_JSON)
	@Operation(summary = "Latest version of every entry as a JSON array of Entry")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json"))
	ResponseEntity<Resource> entriesJson(ServletWebRequest request) {
		return json("ai-registry-entries.json", registry::forEachLatest, request);
	}

	@GetMapping(OpenDataRoutes.VERSIONS_JSON)
	@Operation(summary = "Every public version of every entry (full history) as a JSON array of Entry")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json"))
	ResponseEntity<Resource> versionsJson(ServletWebRequest request) {
		return json("ai-registry-versions.json", registry::forEachVersion, request);
	}

	@GetMapping(OpenDataRoutes.DEPLOYMENTS_CSV)
	@Operation(summary = "Latest version of every deployer registration (Annex VIII Section C) as CSV",
			description = "RFC 4180, UTF-8, header row with the column names of the field dictionary (Section C table), "
					+ "including the legal basis of each registration (Art 49(3)); member_states separated by ';'. "
					+ "Cells starting with = + - @ are prefixed with an apostrophe.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
	ResponseEntity<Resource> deploymentsCsv(ServletWebRequest request) {
		String base = BaseUrl.current();
		String fileName = "ai-registry-deployments.csv";
		return download(fileName, TEXT_CSV,
				files.file(fileName, base, out -> exports.writeDeploymentsCsv(deployments::forEachLatest, base, out)),
				request);
	}

	@GetMapping(OpenDataRoutes.DEPLOYMENTS_JSON)
	@Operation(
			summary = "Latest version of every deployer registration (Annex VIII Section C) as a JSON array of Deployment")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json"))
	ResponseEntity<Resource> deploymentsJson(ServletWebRequest request) {
		String base = BaseUrl.current();
		String fileName = "ai-registry-deployments.json";
		return download(fileName, MediaType.APPLICATION_JSON,
				files.file(fileName, base, out -> exports.writeDeploymentsJson(deployments::forEachLatest, base, out)),
				request);
	}

	private ResponseEntity<Resource> csv(String fileName, BiConsumer<Integer, Consumer<List<PublicEntry>>> source,
			ServletWebRequest request) {
		String base = BaseUrl.current();
		return download(fileName, TEXT_CSV, files.file(fileName, base, out -> exports.writeCsv(source, base, out)),
				request);
	}

	private ResponseEntity<Resource> json(String fileName, BiConsumer<Integer, Consumer<List<PublicEntry>>> source,
			ServletWebRequest request) {
		String base = BaseUrl.current();
		return download(fileName, MediaType.APPLICATION_JSON,
				files.file(fileName, base, out -> exports.writeJson(source, base, out)), request);
	}

	/**
	 * Every bulk export is in the audit trail: which file, when, by whom if signed in.
	 */
	private void recordExport(String fileName) {
		events.publishEvent(Audited.of("opendata.exported", "export", fileName));
	}

	/**
	 * The file of the current revision: 304 when the client has it, else the file
	 * (gzip-compressed when the client accepts it; byte ranges for resuming).
	 */
	private ResponseEntity<Resource> download(String fileName, MediaType type, GeneratedFiles.File file,
			ServletWebRequest request) {
		boolean gzip = acceptsGzip(request);
		String etag = gzip ? file.etag().replaceFirst("\"$", "-gzip\"") : file.etag();
		ShallowEtagHeaderFilter.disableContentCaching(request.getRequest());
		if (request.checkNotModified(etag, file.lastModified().toEpochMilli())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.varyBy(HttpHeaders.ACCEPT_ENCODING)
				.cacheControl(OpenDataCaching.CHANGING)
				.build();
		}
		recordExport(fileName);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.varyBy(HttpHeaders.ACCEPT_ENCODING)
			.cacheControl(OpenDataCaching.CHANGING)
			.eTag(etag)
			.lastModified(file.lastModified());
		if (gzip) {
			response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		return response.body(new FileSystemResource(gzip ? file.gzip() : file.plain()));
	}

	private static boolean acceptsGzip(ServletWebRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && java.util.Arrays.stream(accepted.split(","))
			.map(String::strip)
			.anyMatch(encoding -> encoding.equals("gzip") || encoding.startsWith("gzip;") && !encoding.endsWith("q=0"));
	}

}
