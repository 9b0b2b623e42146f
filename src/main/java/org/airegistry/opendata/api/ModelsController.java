package org.airegistry.opendata.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.airegistry.opendata.ModelColumn;
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
import tools.jackson.databind.json.JsonMapper;

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

	private final JsonMapper json;

	ModelsController(GpaiQueries queries, GeneratedFiles files, JsonMapper json) {
		this.queries = queries;
		this.files = files;
		this.json = json;
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
	 * One published version of a model page: every public field, each listed in the field
	 * dictionary ({@link ModelColumn}, whose JSON names are paths into this document),
	 * with what the page derives from them (the open-source exemption, the compute and
	 * its presumption, the notification due date).
	 *
	 * @param latestVersion the newest version; only in the answer for the latest version
	 * (a given version's answer never changes and is cached for a year)
	 * @param versions the version history; only in the API's answer for the latest
	 * version
	 */
	@Schema(name = "Model",
			description = "One published version of a general-purpose AI model page: every public field, "
					+ "listed with its provision in the field dictionary at /open-data")
	record ModelDocument(String id, int version, @Schema(types = {
			"integer", "null" }, format = "int32") @Nullable Integer latestVersion, String provider, String publishedAt,
			@Schema(types = { "string", "null" },
					description = "What the provider said changed in this version; null when nothing was said") @Nullable String changeSummary,
			String contentSha256,
			@Schema(description = "Whether the model is treated as having systemic risk (Art 51(1)): by its status, "
					+ "or presumed by its training compute (Art 51(2)) unless the Commission accepted the provider's arguments") boolean systemicRisk,
			@Schema(description = "Permalink of this version") String url,
			@Schema(description = "Permalink of the model page's latest version") String permalink,
			@Schema(description = "Address of this version's public summary of training content as JSON (Art 53(1)(d))") String trainingSummary,
			@Schema(description = "Whether the open-source exemption of Art 53(2) applies: a free and open-source model "
					+ "without systemic risk") boolean openSourceExempt,
			@Schema(types = { "number", "null" },
					description = "Cumulative training compute in FLOP as reported, or else estimated as 6 × parameters × tokens (Art 51(2)); "
							+ "null when neither is given") @Nullable BigDecimal effectiveComputeFlop,
			@Schema(description = "Whether effectiveComputeFlop is an estimate (no figure reported)") boolean computeEstimated,
			@Schema(description = "Whether the training compute exceeds 10^25 FLOP, which presumes high-impact capabilities (Art 51(2))") boolean presumedSystemicRisk,
			@Schema(types = { "string", "null" }, format = "date",
					description = "Last day of the notification to the Commission, two weeks after the threshold was met (Art 52(1)); "
							+ "null without that date") @Nullable LocalDate notificationDue,
			GpaiModelData data, @Schema(types = { "array", "null" },
					description = "The version history; only in the API's answer for the latest version") @Nullable List<VersionSummary> versions){

		static ModelDocument of(PublicModel model, @Nullable Integer latestVersion,
				@Nullable List<VersionSummary> versions, String base) {
			GpaiModelData data = model.data();
			return new ModelDocument(model.id().toString(), model.version(), latestVersion, model.providerName(),
					model.publishedAt().toString(),
					model.changeSummary().isBlank() ? null
							: CommissionDecision.render(model.changeSummary(), Locale.ENGLISH),
					model.contentSha256(), data.systemicRisk(), ModelColumn.VERSION_PERMALINK.valueOf(model, base),
					ModelColumn.PERMALINK.valueOf(model, base), ModelColumn.TRAINING_SUMMARY_URL.valueOf(model, base),
					data.openSourceExempt(), data.effectiveCompute().orElse(null), data.computeEstimated(),
					data.presumedSystemicRisk(), data.notificationDue().orElse(null), data, versions);
		}

	}

	@GetMapping(path = MODELS, produces = "application/json")
	@Operation(summary = "Search published GPAI models",
			description = "Free text over name, provider and tasks, with the facets modelType, modality, openSource and systemicRisk; "
					+ "each facet count applies the other filters. Typos are tolerated; mode is REDUCED (exact substrings only) while the search index is unreachable.")
	ModelSearchDocument search(@RequestParam(defaultValue = "") String q,
			@Parameter(description = "Type of model", schema = @Schema(implementation = ModelType.class)) @RequestParam(
					required = false) @Nullable String modelType,
			@Parameter(description = "Modality", schema = @Schema(implementation = Modality.class)) @RequestParam(
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

	@GetMapping(path = OpenDataRoutes.MODELS_CSV, produces = "text/csv")
	@Operation(summary = "All published GPAI models as CSV (latest versions)",
			description = "RFC 4180, UTF-8, header row with the column names of the field dictionary (GPAI table at /open-data); "
					+ "several values in one cell separated by ';'. Cells starting with = + - @ are prefixed with an apostrophe.")
	ResponseEntity<String> csv(ServletWebRequest request) {
		return download("gpai-models.csv", new MediaType("text", "csv", StandardCharsets.UTF_8), this::csvText,
				request);
	}

	private String csvText(String base) {
		java.io.StringWriter out = new java.io.StringWriter();
		try (CsvWriter csv = CsvWriter.open(out,
				Arrays.stream(ModelColumn.values()).map(ModelColumn::columnName).toList())) {
			for (PublicModel model : queries.published(GpaiQueries.MAX_MODELS)) {
				csv.row(Arrays.stream(ModelColumn.values()).map(column -> column.valueOf(model, base)).toList());
			}
		}
		return out.toString();
	}

	@GetMapping(path = OpenDataRoutes.MODELS_JSON, produces = "application/json")
	@Operation(
			summary = "All published GPAI models as a JSON array of Model (latest versions, without version history)")
	ResponseEntity<String> jsonDownload(ServletWebRequest request) {
		return download("gpai-models.json", MediaType.APPLICATION_JSON, this::jsonText, request);
	}

	/**
	 * A download generated once per change of the public data (DD036): 304 when the
	 * client has it.
	 */
	private ResponseEntity<String> download(String fileName, MediaType type,
			java.util.function.Function<String, String> content, ServletWebRequest request) {
		String base = BaseUrl.current();
		GeneratedFiles.Text text = files.text(fileName, base, () -> content.apply(base));
		if (request.checkNotModified(text.etag(), text.lastModified().toEpochMilli())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(OpenDataCaching.CHANGING).build();
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.cacheControl(OpenDataCaching.CHANGING)
			.eTag(text.etag())
			.lastModified(text.lastModified())
			.body(text.content());
	}

	private String jsonText(String base) {
		return json.writeValueAsString(queries.published(GpaiQueries.MAX_MODELS)
			.stream()
			.map(model -> ModelDocument.of(model, model.latestVersion(), null, base))
			.toList());
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
		return ModelDocument.of(model, latestVersion, versions, BaseUrl.current());
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
			throw InvalidParameterException.unknownValue(name, value,
					Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
		}
	}

}
