package org.airegistry.opendata.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.airegistry.shared.CsvWriter;
import org.airegistry.gpai.CommissionDecision;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.ModelSearch;
import org.airegistry.publication.VersionSummary;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelType;
import org.airegistry.gpai.PublicModel;
import org.airegistry.opendata.OpenDataRoutes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open data of general-purpose AI model pages: search with facets, each model's latest
 * and earlier versions, the training-content summaries (Art 53(1)(d)) as JSON, a CSV
 * download and an Atom feed. Only published versions; the Annex XI reference never.
 */
@RestController
@Tag(name = "GPAI models", description = "Published general-purpose AI model pages")
class ModelsController {

	static final String MODELS = OpenDataRoutes.API + "/models";

	private final GpaiQueries queries;

	private final GeneratedFiles files;

	ModelsController(GpaiQueries queries, GeneratedFiles files) {
		this.queries = queries;
		this.files = files;
	}

	/** One model in a list. */
	record ModelHit(String id, String name, String provider, String modelVersion, @Nullable ModelType modelType,
			boolean openSource, boolean systemicRisk, int version, String url, String api) {

		static ModelHit of(PublicModel model, String base) {
			GpaiModelData data = model.data();
			return new ModelHit(model.id().toString(), data.name(), model.providerName(), data.modelVersion(),
					data.modelType(), data.openSource(), data.systemicRisk(), model.version(),
					base + "/" + GpaiRoutes.permalink(model.id()), base + MODELS + "/" + model.id());
		}

	}

	/**
	 * @param mode FULL (search index) or REDUCED (index unreachable: database substring
	 * matching)
	 */
	record ModelSearchDocument(String q, int total, Map<String, Map<String, Long>> facets, List<ModelHit> models,
			String mode) {
	}

	/**
	 * @param latestVersion the newest version; only in the answer for the latest version
	 * (a given version's answer never changes and is cached for a year)
	 * @param versions the version history; only in the answer for the latest version
	 */
	record ModelDocument(String id, int version, @Schema(types = {
			"integer", "null" }, format = "int32") @Nullable Integer latestVersion, String provider, String publishedAt,
			@Nullable String changeSummary, String contentSha256, boolean systemicRisk, String url,
			String trainingSummary, GpaiModelData data, @Nullable List<VersionSummary> versions){
	}

	@GetMapping(path = MODELS, produces = "application/json")
	@Operation(summary = "Search published GPAI models",
			description = "Free text over name, provider and tasks, with the facets modelType, modality, openSource and systemicRisk; "
					+ "each facet count applies the other filters. Typos are tolerated; mode is REDUCED (exact substrings only) while the search index is unreachable.")
	ModelSearchDocument search(@RequestParam(defaultValue = "") String q,
			@Parameter(description = "LANGUAGE, MULTIMODAL, …") @RequestParam(
					required = false) @Nullable String modelType,
			@Parameter(description = "TEXT, IMAGE, AUDIO, VIDEO, OTHER") @RequestParam(
					required = false) @Nullable String modality,
			@RequestParam(required = false) @Nullable Boolean openSource,
			@RequestParam(required = false) @Nullable Boolean systemicRisk) {
		ModelSearch search = new ModelSearch(q, parse(ModelType.class, "modelType", modelType),
				parse(Modality.class, "modality", modality), openSource, systemicRisk);
		ModelSearch.Results results = queries.search(search);
		String base = BaseUrl.current();
		Map<String, Map<String, Long>> facets = new java.util.LinkedHashMap<>();
		facets.put("modelType", names(results.modelTypes()));
		facets.put("modality", names(results.modalities()));
		facets.put("openSource", names(results.openSource()));
		facets.put("systemicRisk", names(results.systemicRisk()));
		return new ModelSearchDocument(q.strip(), (int) results.total(), facets,
				results.hits().stream().map(model -> ModelHit.of(model, base)).toList(),
				results.reduced() ? "REDUCED" : "FULL");
	}

	@GetMapping(path = MODELS + "/{id}", produces = "application/json")
	@Operation(summary = "The latest published version of a GPAI model page, with its version history")
	ModelDocument latest(@PathVariable String id) {
		GpaiModelId modelId = id(id);
		PublicModel model = queries.latest(modelId).orElseThrow(() -> notFound(id));
		return document(model, model.latestVersion(), queries.versions(model.id(), Locale.ENGLISH));
	}

	@GetMapping(path = MODELS + "/{id}/versions/{version}", produces = "application/json")
	@Operation(summary = "One published version of a GPAI model page")
	ResponseEntity<ModelDocument> version(@PathVariable String id, @PathVariable int version) {
		GpaiModelId modelId = id(id);
		PublicModel model = queries.version(modelId, version).orElseThrow(() -> notFound(id));
		// a published version never changes: clients and proxies may keep it (DD036)
		return ResponseEntity.ok().cacheControl(OpenDataCaching.IMMUTABLE).body(document(model, null, null));
	}

	@GetMapping(path = MODELS + "/{id}/versions/{version}/training-summary.json")
	@Operation(summary = "The public summary of training content of one version (Art 53(1)(d), AI Office template)")
	ResponseEntity<String> trainingSummary(@PathVariable String id, @PathVariable int version) {
		String json = queries.trainingSummaryJson(id(id), version).orElseThrow(() -> notFound(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(OpenDataCaching.IMMUTABLE)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"training-summary-" + id + "-v" + version + ".json\"")
			.body(json);
	}

	@GetMapping(path = MODELS + ".csv", produces = "text/csv")
	@Operation(summary = "All published GPAI models as CSV (latest versions)")
	ResponseEntity<String> csv(ServletWebRequest request) {
		String base = BaseUrl.current();
		GeneratedFiles.Text text = files.text("gpai-models.csv", base, () -> csvText(base));
		if (request.checkNotModified(text.etag(), text.lastModified().toEpochMilli())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(OpenDataCaching.CHANGING).build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gpai-models.csv\"")
			.cacheControl(OpenDataCaching.CHANGING)
			.eTag(text.etag())
			.lastModified(text.lastModified())
			.body(text.content());
	}

	private String csvText(String base) {
		java.io.StringWriter out = new java.io.StringWriter();
		try (CsvWriter csv = CsvWriter.open(out,
				List.of("id", "name", "provider", "model_version", "model_type", "open_source", "systemic_risk",
						"systemic_risk_status", "training_compute_flop", "version", "published_at", "url"))) {
			for (PublicModel model : queries.published(GpaiQueries.MAX_MODELS)) {
				GpaiModelData data = model.data();
				csv.row(model.id().toString(), data.name(), model.providerName(), data.modelVersion(),
						data.modelType() == null ? "" : data.modelType().name(), String.valueOf(data.openSource()),
						String.valueOf(data.systemicRisk()), data.systemicRiskStatus().name(),
						data.effectiveCompute().map(flop -> flop.toString()).orElse(""),
						String.valueOf(model.version()), model.publishedAt().toString(),
						base + "/" + GpaiRoutes.permalink(model.id()));
			}
		}
		return out.toString();
	}

	@GetMapping(path = MODELS + "/feed.atom")
	@Operation(summary = "New and changed GPAI model pages (Atom)")
	ResponseEntity<String> feed(ServletWebRequest request) {
		String base = BaseUrl.current();
		return FeedsController.atom(files.text("gpai-models.atom", base, () -> feedText(base)), request);
	}

	private String feedText(String base) {
		List<PublicModel> models = queries.published(FeedsController.FEED_SIZE);
		Feed feed = new Feed("atom_1.0");
		feed.setId("urn:uuid:" + UUID.nameUUIDFromBytes("airegistry:feed:models".getBytes(StandardCharsets.UTF_8)));
		feed.setTitle("AI Act Transparency Registry: new and changed general-purpose AI models");
		Link self = new Link();
		self.setRel("self");
		self.setHref(base + MODELS + "/feed.atom");
		feed.setOtherLinks(List.of(self));
		feed.setUpdated(models.isEmpty() ? new Date(0) : Date.from(models.getFirst().publishedAt()));
		List<Entry> entries = new ArrayList<>();
		for (PublicModel model : models) {
			Entry entry = new Entry();
			entry.setId("urn:uuid:" + UUID.nameUUIDFromBytes(
					("airegistry:model:" + model.id() + ":" + model.version()).getBytes(StandardCharsets.UTF_8)));
			entry.setTitle(model.data().name() + " (version " + model.version() + ")");
			Link link = new Link();
			link.setRel("alternate");
			link.setHref(base + "/" + GpaiRoutes.versionPermalink(model.id(), model.version()));
			entry.setAlternateLinks(List.of(link));
			entry.setUpdated(Date.from(model.publishedAt()));
			Content summary = new Content();
			summary.setType("text");
			summary.setValue(model.changeSummary().isBlank() ? model.providerName()
					: CommissionDecision.render(model.changeSummary(), Locale.ENGLISH));
			entry.setSummary(summary);
			entries.add(entry);
		}
		feed.setEntries(entries);
		return FeedsController.write(feed);
	}

	private ModelDocument document(PublicModel model, @Nullable Integer latestVersion,
			@Nullable List<VersionSummary> versions) {
		return new ModelDocument(model.id().toString(), model.version(), latestVersion, model.providerName(),
				model.publishedAt().toString(),
				model.changeSummary().isBlank() ? null
						: CommissionDecision.render(model.changeSummary(), Locale.ENGLISH),
				model.contentSha256(), model.data().systemicRisk(),
				BaseUrl.current() + "/" + GpaiRoutes.versionPermalink(model.id(), model.version()),
				BaseUrl.current() + GpaiRoutes.summaryJson(model.id(), model.version()), model.data(), versions);
	}

	private static <K> Map<String, Long> names(Map<K, Long> counts) {
		Map<String, Long> named = new java.util.LinkedHashMap<>();
		counts.forEach((key, count) -> named.put(key instanceof Enum<?> e ? e.name() : String.valueOf(key), count));
		return named;
	}

	private static GpaiModelId id(String id) {
		return GpaiModelId.parse(id)
			.orElseThrow(() -> new InvalidParameterException("id", "Parameter 'id' must be a UUID."));
	}

	private static ResourceNotFoundException notFound(String id) {
		return new ResourceNotFoundException("No published GPAI model page has the id " + id + ".");
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(name, "Parameter '" + name + "' has an unknown value: " + value);
		}
	}

}
