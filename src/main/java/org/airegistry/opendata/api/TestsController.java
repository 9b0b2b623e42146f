package org.airegistry.opendata.api;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.publication.PublicHold;
import org.airegistry.publication.VersionSummary;
import org.airegistry.shared.CsvWriter;
import org.airegistry.search.SearchParameters;
import org.airegistry.shared.MemberState;
import org.airegistry.testing.PublicTestPlan;
import org.airegistry.testing.PublicTestStatus;
import org.airegistry.testing.TestSearch;
import org.airegistry.testing.TestEvent;
import org.airegistry.testing.TestPlanData;
import org.airegistry.testing.TestPlanQueries;
import org.airegistry.testing.TestUids;
import org.airegistry.testing.TestingRoutes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open data of tests in real-world conditions whose providers consented to publication
 * (Art 60(4)(c), Art 71(4)): keyword search, each test's latest and earlier versions with
 * the Annex IX items, a CSV download and an Atom feed. Tests without consent, in the
 * secure section or with the consent withdrawn never appear; a withdrawn test answers 410
 * Gone, any other 404, exactly like a UID that never existed.
 */
@RestController
@Tag(name = "Real-world tests", description = "Tests in real-world conditions published with the provider's consent")
class TestsController {

	static final String TESTS = OpenDataRoutes.API + "/tests";

	private final TestPlanQueries queries;

	TestsController(TestPlanQueries queries) {
		this.queries = queries;
	}

	/** One test in a list. */
	record TestHit(String uid, String system, String provider, String status, int version, String url, String api) {

		static TestHit of(PublicTestPlan plan, String base) {
			return new TestHit(plan.uid(), plan.data().systemName(), plan.providerName(), plan.status().name(),
					plan.version(), base + "/" + TestingRoutes.permalink(plan.uid()), base + TESTS + "/" + plan.uid());
		}

	}

	record TestSearchDocument(String q, int page, int size, int total, List<TestHit> tests) {
	}

	/** An event of Annex IX point 5 (and the start, extension and completion). */
	record TestEventDocument(String kind, String on, @Nullable String reason) {

		static TestEventDocument of(TestEvent event) {
			return new TestEventDocument(event.kind().name(), event.occurredOn().toString(), event.reason());
		}

	}

	record TestDocument(String uid, int version, int latestVersion, String provider, String firstRegisteredAt,
			String registeredAt, String changeSummary, String contentSha256, String status, String url,
			TestPlanData data, List<TestEventDocument> events, List<VersionSummary> versions) {
	}

	@GetMapping(path = TESTS, produces = "application/json")
	@Operation(summary = "Search published tests in real-world conditions",
			description = "All words must occur (case-insensitive) in the UID, system name, reference, provider, purpose, "
					+ "description, plan summary or deployers; newest registrations first.")
	TestSearchDocument search(@RequestParam(defaultValue = "") String q,
			@Parameter(description = "zero-based page") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidParameterException("page", "Parameter 'page' must be 0 or more.");
		}
		if (size < 1 || size > TestPlanQueries.MAX_PAGE_SIZE) {
			throw new InvalidParameterException("size",
					"Parameter 'size' must be between 1 and " + TestPlanQueries.MAX_PAGE_SIZE + ".");
		}
		TestPlanQueries.Page found = queries.search(q, page, size);
		String base = BaseUrl.current();
		return new TestSearchDocument(q.strip(), page, size, found.total(),
				found.items().stream().map(plan -> TestHit.of(plan, base)).toList());
	}

	/**
	 * The search's answer for tests: hits, facet counts (each with the other filters
	 * applied) and how it was answered.
	 */
	record TestSearchResultsDocument(String q, String kind, int page, int size, long total,
			@Schema(description = "FULL (search index) or REDUCED (database, substring matching)") String mode,
			@Schema(description = "Counts per value: area (Annex III area 1-8), ms (Member State of testing), "
					+ "status (where the test stands, Annex IX point 5)") Map<String, Map<String, Long>> facets,
			List<TestHit> tests, Map<String, String> snippets) {
	}

	@GetMapping(path = OpenDataRoutes.API + "/search", params = SearchKinds.PARAMETER + "=" + SearchKinds.TESTS,
			produces = "application/json")
	@Operation(summary = "Search published tests in real-world conditions (kind=tests)",
			description = "The portal's tests tab: typo-tolerant, stemmed search over system name, reference, provider, "
					+ "intended purpose, description and plan summary, filters area (1-8), ms (Member State code) and "
					+ "status (REGISTERED, IN_PROGRESS, SUSPENDED, TERMINATED, COMPLETED, NOT_TAKING_PLACE), facet counts. "
					+ "Only tests whose providers consented to publication (Art 60(4)(c), Art 71(4)). While the search "
					+ "index is unreachable the database answers (mode REDUCED, plain substring matching).")
	@ApiResponse(responseCode = "200", description = "One page of tests")
	@ApiResponse(responseCode = "400", description = "page, size or a filter value out of range",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	TestSearchResultsDocument searchTests(@Parameter(description = "tests") @RequestParam String kind,
			@Parameter(description = "Free text; blank for all tests") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "Annex III area, 1 to 8") @RequestParam(required = false) @Nullable String area,
			@Parameter(description = "Member State of testing, e.g. DE") @RequestParam(
					required = false) @Nullable String ms,
			@Parameter(description = "Where the test stands",
					schema = @Schema(implementation = PublicTestStatus.class)) @RequestParam(
							required = false) @Nullable String status,
			@Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Hits per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidParameterException("page", "Parameter 'page' must be 0 or more.");
		}
		if (size < 1 || size > TestPlanQueries.MAX_PAGE_SIZE || (long) page * size >= 10_000) {
			throw new InvalidParameterException("size", "Parameter 'size' must be between 1 and "
					+ TestPlanQueries.MAX_PAGE_SIZE + " and page × size below 10000.");
		}
		Integer areaValue = null;
		if (area != null && !area.isBlank()) {
			if (!area.strip().matches("[1-8]")) {
				throw InvalidParameterException.unknownValue("area", area, SearchParameters.allowed("area"));
			}
			areaValue = Integer.valueOf(area.strip());
		}
		MemberState state = null;
		if (ms != null && !ms.isBlank()) {
			state = MemberState.fromCode(ms.strip())
				.orElseThrow(() -> InvalidParameterException.unknownValue("ms", ms, SearchParameters.allowed("ms")));
		}
		PublicTestStatus statusValue = null;
		if (status != null && !status.isBlank()) {
			try {
				statusValue = PublicTestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw InvalidParameterException.unknownValue("status", status,
						Arrays.stream(PublicTestStatus.values()).map(Enum::name).toList());
			}
		}
		TestSearch.Results found = queries.search(new TestSearch(q, areaValue, state, statusValue, page * size, size));
		String base = BaseUrl.current();
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		facets.put("area", counts(found.areas()));
		facets.put("ms", counts(found.memberStates()));
		facets.put("status", counts(found.statuses()));
		return new TestSearchResultsDocument(q.strip(), "tests", page, size, found.total(),
				found.reduced() ? "REDUCED" : "FULL", facets,
				found.hits().stream().map(plan -> TestHit.of(plan, base)).toList(), found.snippets());
	}

	private static <K> Map<String, Long> counts(Map<K, Long> counts) {
		Map<String, Long> named = new LinkedHashMap<>();
		counts.forEach((key, count) -> named.put(key instanceof Enum<?> e ? e.name() : key.toString(), count));
		return named;
	}

	@GetMapping(path = TESTS + "/{uid}", produces = "application/json")
	@Operation(summary = "The latest published version of a test, with its events and version history")
	TestDocument latest(@PathVariable String uid) {
		String parsed = uid(uid);
		return document(queries.latest(parsed).orElseThrow(() -> absent(parsed)));
	}

	@GetMapping(path = TESTS + "/{uid}/versions/{version}", produces = "application/json")
	@Operation(summary = "One published version of a test")
	TestDocument version(@PathVariable String uid, @PathVariable int version) {
		String parsed = uid(uid);
		return document(queries.version(parsed, version).orElseThrow(() -> absent(parsed)));
	}

	@GetMapping(path = TESTS + ".csv", produces = "text/csv")
	@Operation(summary = "All published tests as CSV (latest versions)")
	ResponseEntity<String> csv() throws IOException {
		StringWriter out = new StringWriter();
		String base = BaseUrl.current();
		try (CsvWriter csv = CsvWriter.open(out,
				List.of("uid", "system", "reference", "provider", "annex_iii_point", "intended_purpose", "plan_summary",
						"member_states", "planned_start", "planned_end", "status", "version", "registered_at",
						"url"))) {
			for (PublicTestPlan plan : queries.allLatest()) {
				TestPlanData data = plan.data();
				csv.row(plan.uid(), data.systemName(), data.systemReference(), plan.providerName(),
						data.annexIIIPoint() == null ? "" : data.annexIIIPoint().code(), data.intendedPurpose(),
						data.planSummary(),
						String.join(" ", data.memberStates().stream().map(MemberState::name).toList()),
						data.plannedStart() == null ? "" : data.plannedStart().toString(),
						data.plannedEnd() == null ? "" : data.plannedEnd().toString(), plan.status().name(),
						String.valueOf(plan.version()), plan.registeredAt().toString(),
						base + "/" + TestingRoutes.permalink(plan.uid()));
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"real-world-tests.csv\"")
			.body(out.toString());
	}

	@GetMapping(path = TESTS + "/feed.atom")
	@Operation(summary = "New and changed published tests (Atom)")
	ResponseEntity<String> feed() {
		String base = BaseUrl.current();
		List<PublicTestPlan> plans = queries.recent(FeedsController.FEED_SIZE);
		Feed feed = new Feed("atom_1.0");
		feed.setId("urn:uuid:" + UUID.nameUUIDFromBytes("airegistry:feed:tests".getBytes(StandardCharsets.UTF_8)));
		feed.setTitle("AI Act Transparency Registry: new and changed tests in real-world conditions");
		Link self = new Link();
		self.setRel("self");
		self.setHref(base + TESTS + "/feed.atom");
		feed.setOtherLinks(List.of(self));
		feed.setUpdated(plans.isEmpty() ? new Date(0) : Date.from(plans.getFirst().registeredAt()));
		List<Entry> entries = new ArrayList<>();
		for (PublicTestPlan plan : plans) {
			Entry entry = new Entry();
			entry.setId("urn:uuid:" + UUID.nameUUIDFromBytes(
					("airegistry:test:" + plan.uid() + ":" + plan.version()).getBytes(StandardCharsets.UTF_8)));
			entry.setTitle(plan.data().systemName() + " (" + plan.uid() + ", version " + plan.version() + ")");
			Link link = new Link();
			link.setRel("alternate");
			link.setHref(base + "/" + TestingRoutes.permalink(plan.uid()) + "/versions/" + plan.version());
			entry.setAlternateLinks(List.of(link));
			entry.setUpdated(Date.from(plan.registeredAt()));
			Content summary = new Content();
			summary.setType("text");
			summary.setValue(plan.changeSummary().isEmpty() ? plan.providerName() : plan.changeSummary());
			entry.setSummary(summary);
			entries.add(entry);
		}
		feed.setEntries(entries);
		try {
			return ResponseEntity.ok().contentType(FeedsController.ATOM).body(new WireFeedOutput().outputString(feed));
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Cannot write the Atom feed", ex);
		}
	}

	private TestDocument document(PublicTestPlan plan) {
		return new TestDocument(plan.uid(), plan.version(), plan.latestVersion(), plan.providerName(),
				plan.firstRegisteredAt().toString(), plan.registeredAt().toString(), plan.changeSummary(),
				plan.contentSha256(), plan.status().name(),
				BaseUrl.current() + "/" + TestingRoutes.permalink(plan.uid()) + "/versions/" + plan.version(),
				plan.data(), queries.events(plan.uid()).stream().map(TestEventDocument::of).toList(),
				queries.history(plan.uid()));
	}

	private RuntimeException absent(String uid) {
		if (queries.state(uid).isWithheldBy(PublicHold.CONSENT_WITHDRAWN)) {
			return new TestConsentWithdrawnException(uid);
		}
		return new ResourceNotFoundException("No published test has the UID " + uid + ".");
	}

	private static String uid(String uid) {
		return TestUids.parse(uid)
			.orElseThrow(() -> new InvalidParameterException("uid",
					"Parameter 'uid' must be a test UID such as RWT-7K3M-9XQ2-ABCD."));
	}

}
