package org.airegistry.opendata.api;

import java.util.List;
import java.util.Map;

import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.opendata.api.ApiModels.EntryDocument;
import org.airegistry.opendata.api.ApiModels.FacetCount;
import org.airegistry.opendata.api.ApiModels.FacetsDocument;
import org.airegistry.opendata.api.ApiModels.HistoryDocument;
import org.airegistry.opendata.api.ApiModels.NameSuggestionDocument;
import org.airegistry.opendata.api.ApiModels.OrganisationDocument;
import org.airegistry.opendata.api.ApiModels.SearchHitDocument;
import org.airegistry.opendata.api.ApiModels.SearchResultsDocument;
import org.airegistry.opendata.api.ApiModels.VersionDocument;
import org.airegistry.moderation.Moderation;
import org.airegistry.moderation.ModerationAction;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.publication.VersionSummary;
import org.airegistry.search.Facet;
import org.airegistry.search.InvalidSearchParameterException;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchParameters;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public read-only access to published entries (Art 71(4)): no login, free of charge. */
@RestController
@RequestMapping(path = OpenDataRoutes.API, produces = "application/json")
@Tag(name = "Entries", description = "Published AI system entries, their versions and providers")
@ApiResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class OpenDataController {

	static final int MAX_SUGGESTIONS = 20;

	/** The kind of records this controller's search answers with. */
	static final String SYSTEMS = SearchKinds.SYSTEMS;

	static final int MAX_SIMILAR = 20;

	/** Elasticsearch's default result window: deeper pages are refused. */
	static final int MAX_RESULT_WINDOW = 10_000;

	private final RegistryQueries registry;

	private final SearchService search;

	private final FacetCounter facets;

	private final Moderation moderation;

	OpenDataController(RegistryQueries registry, SearchService search, FacetCounter facets, Moderation moderation) {
		this.registry = registry;
		this.search = search;
		this.facets = facets;
		this.moderation = moderation;
	}

	@GetMapping("/search")
	@Operation(summary = "Search published entries",
			description = "Searches trade names, provider names and intended purposes with typo tolerance, like the portal's search, "
					+ "with the portal's filters: area, point, classification, ms, status, provider, deployer (repeatable; values of one "
					+ "filter OR-ed, filters AND-ed), fria (true/false), from/to (registration date, yyyy-MM-dd) and sort "
					+ "(relevance, newest, name). A blank query lists all entries, newest first. While the search index is unreachable "
					+ "the database answers (mode REDUCED, plain substring matching).")
	@ApiResponse(responseCode = "200", description = "One page of hits")
	@ApiResponse(responseCode = "400", description = "page, size or a filter value out of range",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SearchResultsDocument search(
			@Parameter(description = "Free text; blank for all entries") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Hits per page, 1 to 100") @RequestParam(
					defaultValue = "" + SearchQuery.DEFAULT_PAGE_SIZE) int size,
			@Parameter(
					description = "What to search: systems (the default; this operation) or tests (the tests "
							+ "in real-world conditions, answered by the operation with kind=tests)",
					schema = @Schema(allowableValues = { SYSTEMS, SearchKinds.TESTS })) @RequestParam(
							required = false) @Nullable String kind,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		// kind=tests (in any case, SearchKinds) is mapped to TestsController: any other
		// kind is unknown
		if (kind != null && !kind.isBlank() && !SYSTEMS.equals(kind.strip())) {
			throw InvalidParameterException.unknownValue(SearchKinds.PARAMETER, kind, SearchKinds.ALL);
		}
		checkPaging(page, size);
		// the answer has no facet counts (GET /facets has them): the index need not count
		SearchResults results = search.searchWithoutFacets(query(parameters, page, size));
		String base = BaseUrl.current();
		List<SearchHitDocument> hits = results.hits().stream().map(hit -> SearchHitDocument.of(hit, base)).toList();
		return new SearchResultsDocument(q.strip(), page, size, results.total(), results.mode(), hits,
				results.didYouMean().orElse(null));
	}

	@GetMapping("/suggestions")
	@Operation(summary = "Names while typing",
			description = "System and organisation names that start with what was typed, or have a word that does "
					+ "(\"credit\" completes \"NordCredit Scoring\"), tolerating a typo from four letters on. Empty below two "
					+ "characters and while the search index is unreachable.")
	@ApiResponse(responseCode = "200", description = "Up to 'size' names, systems first")
	@ApiResponse(responseCode = "400", description = "size out of range",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	List<NameSuggestionDocument> suggestions(
			@Parameter(description = "What was typed so far") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "Names at most, 1 to 20") @RequestParam(defaultValue = "8") int size) {
		if (size < 1 || size > MAX_SUGGESTIONS) {
			throw new InvalidParameterException("size",
					"Parameter 'size' must be between 1 and " + MAX_SUGGESTIONS + ".");
		}
		String base = BaseUrl.current();
		return search.suggestNames(q, size)
			.stream()
			.map(name -> new NameSuggestionDocument(name.text(), name.kind().name(),
					base + OpenDataRoutes.API + "/search?q="
							+ java.net.URLEncoder.encode(name.text(), java.nio.charset.StandardCharsets.UTF_8)))
			.toList();
	}

	@GetMapping("/entries/{registrationNumber}/similar")
	@Operation(summary = "Similar systems",
			description = "Published entries with a similar intended purpose (its words, stems and key terms, in any "
					+ "language) and the same Annex III point, best first; never the entry itself. Empty while the search "
					+ "index is unreachable.")
	@ApiResponse(responseCode = "200", description = "Up to 'size' entries")
	@ApiResponse(responseCode = "400", description = "size out of range",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No published entry with this registration number",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "451", description = "The entry is suspended from public view (Art 74/79)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	List<SearchHitDocument> similar(@PathVariable String registrationNumber,
			@Parameter(description = "Entries at most, 1 to 20") @RequestParam(defaultValue = "5") int size) {
		if (size < 1 || size > MAX_SIMILAR) {
			throw new InvalidParameterException("size", "Parameter 'size' must be between 1 and " + MAX_SIMILAR + ".");
		}
		if (registry.findLatest(registrationNumber).isEmpty()) {
			throw suspendedOr(registrationNumber, notFound(registrationNumber));
		}
		String base = BaseUrl.current();
		return search.similar(registrationNumber, size).stream().map(hit -> SearchHitDocument.of(hit, base)).toList();
	}

	static SearchQuery query(MultiValueMap<String, String> parameters, int page, int size) {
		try {
			return SearchParameters.read(parameters, page, size, true);
		}
		catch (InvalidSearchParameterException ex) {
			String value = ex.value();
			throw value == null || ex.allowed().isEmpty()
					? new InvalidParameterException(ex.parameter(), ex.getMessage())
					: InvalidParameterException.unknownValue(ex.parameter(), value, ex.allowed());
		}
	}

	@GetMapping("/entries/{registrationNumber}")
	@Operation(summary = "Latest published version of an entry")
	@ApiResponse(responseCode = "200", description = "The entry's latest public version")
	@ApiResponse(responseCode = "404", description = "No published entry with this registration number",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "451",
			description = "The market surveillance authority suspended the entry from public view (Art 74/79); "
					+ "the problem carries the authority's public notice",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	EntryDocument entry(
			@Parameter(description = "Registration number, e.g. AIR-000001") @PathVariable String registrationNumber) {
		return registry.findLatest(registrationNumber)
			.map(entry -> EntryDocument.of(entry, BaseUrl.current()))
			.orElseThrow(() -> suspendedOr(registrationNumber, notFound(registrationNumber)));
	}

	@GetMapping("/entries/{registrationNumber}/versions/{version}")
	@Operation(summary = "One published version of an entry")
	@ApiResponse(responseCode = "200",
			description = "The version; immutable (Cache-Control: public, max-age=31536000, immutable), so it carries no latestVersion")
	@ApiResponse(responseCode = "400", description = "version is not a positive number",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such published entry or version",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "451",
			description = "The market surveillance authority suspended the entry from public view (Art 74/79); "
					+ "the problem carries the authority's public notice",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<EntryDocument> version(@PathVariable String registrationNumber,
			@Parameter(description = "Version number, 1 or more") @PathVariable int version) {
		if (version < 1) {
			throw new InvalidParameterException("version", "Parameter 'version' must be 1 or more.");
		}
		// a published version never changes: clients and proxies may keep it (DD036)
		return registry.findVersion(registrationNumber, version)
			.map(entry -> ResponseEntity.ok()
				.cacheControl(OpenDataCaching.IMMUTABLE)
				.body(EntryDocument.ofVersion(entry, BaseUrl.current())))
			.orElseThrow(() -> suspendedOr(registrationNumber, new ResourceNotFoundException(
					"Entry " + registrationNumber + " has no published version " + version + ".")));
	}

	@GetMapping("/entries/{registrationNumber}/versions")
	@Operation(summary = "Public version history of an entry, newest first")
	@ApiResponse(responseCode = "200", description = "The history")
	@ApiResponse(responseCode = "404", description = "No published entry with this registration number",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "451",
			description = "The market surveillance authority suspended the entry from public view (Art 74/79); "
					+ "the problem carries the authority's public notice",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	HistoryDocument history(@PathVariable String registrationNumber) {
		List<VersionSummary> versions = registry.history(registrationNumber);
		if (versions.isEmpty()) {
			throw suspendedOr(registrationNumber, notFound(registrationNumber));
		}
		String base = BaseUrl.current();
		return new HistoryDocument(registrationNumber, base + "/" + RegistryRoutes.permalink(registrationNumber),
				versions.stream().map(v -> VersionDocument.of(registrationNumber, v, base)).toList());
	}

	@GetMapping("/organisations")
	@Operation(summary = "Providers with published entries",
			description = "Every provider organisation with at least one published entry, by legal name.")
	// declared, as the class-level 429 would otherwise leave the operation without its
	// 200
	@ApiResponse(responseCode = "200", description = "The providers, by legal name", useReturnTypeSchema = true)
	List<OrganisationDocument> organisations() {
		String base = BaseUrl.current();
		return registry.publicProviders().stream().map(p -> OrganisationDocument.of(p, base)).toList();
	}

	@GetMapping("/facets")
	@Operation(summary = "Facet counts",
			description = "Counts over the latest public versions of the entries matching q and the search filters (same "
					+ "parameters as /search): each facet is counted with all other filters applied, as the portal shows them. "
					+ "While the search index is unreachable: Member States only, over all entries, from the database.")
	@ApiResponse(responseCode = "200", description = "The counts")
	@ApiResponse(responseCode = "400", description = "A filter value out of range",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	FacetsDocument facets(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		SearchResults results = search.search(query(parameters, 0, 1));
		if (results.isReduced()) {
			Map<MemberState, Long> counts = facets.memberStateCounts();
			List<FacetCount> memberStates = counts.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.map(e -> new FacetCount(e.getKey().name(), e.getValue()))
				.toList();
			return new FacetsDocument(memberStates, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
					List.of(), SearchMode.REDUCED);
		}
		return new FacetsDocument(counts(results, Facet.MEMBER_STATE), counts(results, Facet.AREA),
				counts(results, Facet.POINT), counts(results, Facet.CLASSIFICATION), counts(results, Facet.STATUS),
				counts(results, Facet.PROVIDER), counts(results, Facet.DEPLOYER), counts(results, Facet.HAS_FRIA),
				SearchMode.FULL);
	}

	private static List<FacetCount> counts(SearchResults results, Facet facet) {
		return results.facet(facet)
			.stream()
			.filter(value -> value.count() > 0 || value.selected())
			.map(value -> new FacetCount(value.value(), value.count()))
			.toList();
	}

	static void checkPaging(int page, int size) {
		if (page < 0) {
			throw new InvalidParameterException("page", "Parameter 'page' must be 0 or more.");
		}
		if (size < 1 || size > SearchQuery.MAX_PAGE_SIZE) {
			throw new InvalidParameterException("size",
					"Parameter 'size' must be between 1 and " + SearchQuery.MAX_PAGE_SIZE + ".");
		}
		if ((long) (page + 1) * size > MAX_RESULT_WINDOW) {
			throw new InvalidParameterException("page", "Parameter 'page' goes beyond the first " + MAX_RESULT_WINDOW
					+ " hits; narrow the query or use the bulk downloads.");
		}
	}

	/**
	 * 451 with the authority's notice when the entry is suspended from public view, else
	 * the given 404.
	 */
	private RuntimeException suspendedOr(String registrationNumber, ResourceNotFoundException notFound) {
		if (!registry.isSuspended(registrationNumber)) {
			return notFound;
		}
		return moderation.suspension(registrationNumber)
			.<RuntimeException>map((ModerationAction action) -> new EntrySuspendedException(registrationNumber,
					action.notice(), action.createdAt()))
			.orElse(notFound);
	}

	private static ResourceNotFoundException notFound(String registrationNumber) {
		return new ResourceNotFoundException("No published entry with registration number " + registrationNumber + ".");
	}

}
