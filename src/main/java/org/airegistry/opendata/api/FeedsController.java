package org.airegistry.opendata.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicProvider;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.OrganisationId;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Atom feeds of new and changed entries, newest first: one entry per published version,
 * with a stable id and a link to the version's permalink.
 */
@RestController
@Tag(name = "Feeds", description = "Atom feeds of new and changed entries")
class FeedsController {

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/** How many versions a feed shows. */
	static final int FEED_SIZE = 100;

	/** Newest versions an area feed looks at, at most. */
	static final int AREA_SCAN_LIMIT = 25_600;

	private final RegistryQueries registry;

	private final GeneratedFiles files;

	FeedsController(RegistryQueries registry, GeneratedFiles files) {
		this.registry = registry;
		this.files = files;
	}

	@GetMapping(OpenDataRoutes.FEED)
	@Operation(summary = "New and changed entries (Atom)",
			description = "The " + FEED_SIZE + " most recently published versions, newest first.")
	@ApiResponse(responseCode = "200",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/atom+xml"))
	ResponseEntity<String> all(ServletWebRequest request) {
		String base = BaseUrl.current();
		return atom(files.text("entries.atom", base,
				() -> write(feed("urn:uuid:" + uuid("airegistry:feed:all"),
						"AI Act Transparency Registry: new and changed entries", base + OpenDataRoutes.FEED, base,
						registry.recentVersions(FEED_SIZE, Optional.empty())))),
				request);
	}

	@GetMapping(OpenDataRoutes.API + "/organisations/{organisationId}/feed.atom")
	@Operation(summary = "New and changed entries of one provider (Atom)")
	@ApiResponse(responseCode = "200",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/atom+xml"))
	@ApiResponse(responseCode = "400", description = "organisationId is not a UUID",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No provider with published entries has this id",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<String> organisation(
			@Parameter(description = "Organisation id from /api/v1/organisations") @PathVariable String organisationId,
			ServletWebRequest request) {
		OrganisationId id;
		try {
			id = new OrganisationId(UUID.fromString(organisationId));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("organisationId", "Parameter 'organisationId' must be a UUID.");
		}
		PublicProvider provider = registry.publicProviders()
			.stream()
			.filter(p -> p.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResourceNotFoundException(
					"No provider with published entries has the id " + organisationId + "."));
		String base = BaseUrl.current();
		return atom(files.text("organisation-" + organisationId + ".atom", base,
				() -> write(feed("urn:uuid:" + uuid("airegistry:feed:organisation:" + organisationId),
						provider.legalName() + ": new and changed entries",
						base + OpenDataRoutes.organisationFeed(organisationId), base,
						registry.recentVersions(FEED_SIZE, Optional.of(id))))),
				request);
	}

	@GetMapping(OpenDataRoutes.API + "/feeds/annex-iii/{area}.atom")
	@Operation(summary = "New and changed entries in one Annex III area (Atom)", description = "The " + FEED_SIZE
			+ " most recently published versions of entries whose Annex III point is in the area, newest first.")
	@ApiResponse(responseCode = "200",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/atom+xml"))
	@ApiResponse(responseCode = "400", description = "area is not a number from 1 to 8",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<String> annexIIIArea(
			@Parameter(description = "Annex III area, 1 to 8") @PathVariable("area") String areaText,
			ServletWebRequest request) {
		int area;
		try {
			area = Integer.parseInt(areaText);
		}
		catch (NumberFormatException ex) {
			area = 0;
		}
		if (area < 1 || area > 8) {
			throw new InvalidParameterException("area", "Parameter 'area' must be an Annex III area from 1 to 8.");
		}
		String base = BaseUrl.current();
		int chosen = area;
		return atom(files.text("annex-iii-" + area + ".atom", base,
				() -> write(feed("urn:uuid:" + uuid("airegistry:feed:annex-iii:" + chosen),
						"AI Act Transparency Registry: new and changed entries in Annex III area " + chosen,
						base + OpenDataRoutes.annexIIIAreaFeed(chosen), base, recentInArea(chosen)))),
				request);
	}

	/**
	 * The newest versions in an area: reads ever more of the newest versions until the
	 * feed is full or {@value #AREA_SCAN_LIMIT} versions were looked at (the point is
	 * part of each version's stored content).
	 */
	List<PublicEntry> recentInArea(int area) {
		int limit = FEED_SIZE * 4;
		while (true) {
			List<PublicEntry> recent = registry.recentVersions(limit, Optional.empty());
			List<PublicEntry> inArea = recent.stream()
				.filter(v -> v.data().annexIIIPoint() != null && v.data().annexIIIPoint().area() == area)
				.limit(FEED_SIZE)
				.toList();
			if (inArea.size() == FEED_SIZE || recent.size() < limit || limit >= AREA_SCAN_LIMIT) {
				return inArea;
			}
			limit = Math.min(limit * 4, AREA_SCAN_LIMIT);
		}
	}

	static Feed feed(String id, String title, String selfUrl, String base, List<PublicEntry> versions) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(id);
		feed.setTitle(title);
		feed.setOtherLinks(List.of(link("self", selfUrl, "application/atom+xml")));
		feed.setAlternateLinks(List.of(link("alternate", base + "/", "text/html")));
		Person registry = new Person();
		registry.setName("AI Act Transparency Registry");
		feed.setAuthors(List.of(registry));
		feed.setUpdated(versions.isEmpty() ? new Date(0) : Date.from(versions.getFirst().publishedAt()));
		List<Entry> entries = new ArrayList<>();
		for (PublicEntry version : versions) {
			entries.add(entry(version, base));
		}
		feed.setEntries(entries);
		return feed;
	}

	static Entry entry(PublicEntry version, String base) {
		Entry entry = new Entry();
		entry.setId(entryId(version));
		entry.setTitle(version.data().tradeName() + " (" + version.registrationNumber() + ", version "
				+ version.version() + ")");
		entry.setAlternateLinks(List.of(link("alternate",
				base + "/" + RegistryRoutes.versionPermalink(version.registrationNumber(), version.version()),
				"text/html")));
		entry.setUpdated(Date.from(version.publishedAt()));
		entry.setPublished(Date.from(version.publishedAt()));
		Person provider = new Person();
		provider.setName(version.providerName());
		entry.setAuthors(List.of(provider));
		Content summary = new Content();
		summary.setType("text");
		summary.setValue(version.version() == 1 ? "New entry. " + version.data().intendedPurpose() : "Version "
				+ version.version() + (version.changeSummary().isBlank() ? "." : ": " + version.changeSummary()));
		entry.setSummary(summary);
		return entry;
	}

	/** Stable across hosts and time: derived from the entry's id and version number. */
	static String entryId(PublicEntry version) {
		return "urn:uuid:" + uuid("airegistry:" + version.id().value() + ":" + version.version());
	}

	private static UUID uuid(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	static String write(Feed feed) {
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Cannot write the Atom feed", ex);
		}
	}

	/**
	 * A feed generated once per change of the public data: 304 when the client has it
	 * (DD036).
	 */
	static ResponseEntity<String> atom(GeneratedFiles.Text feed, ServletWebRequest request) {
		if (request.checkNotModified(feed.etag(), feed.lastModified().toEpochMilli())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(OpenDataCaching.CHANGING).build();
		}
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(OpenDataCaching.CHANGING)
			.eTag(feed.etag())
			.lastModified(feed.lastModified())
			.body(feed.content());
	}

}
