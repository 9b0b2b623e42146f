package org.airegistry.opendata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.airegistry.registry.Certificate;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicProvider;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.publication.VersionSummary;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.shared.MemberState;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON documents of the open data API: plain records, dates in ISO-8601 (UTC). */
final class ApiModels {

	private ApiModels() {
	}

	@Schema(name = "Entry", description = "One published version of an AI system entry (Annex VIII Section A)")
	record EntryDocument(
			@Schema(description = "Stable public reference", example = "AIR-000001") String registrationNumber,
			@Schema(description = "This version's number, 1 for the first publication") int version, @Schema(types = {
					"integer", "null" }, format = "int32",
					description = "The newest published version of the entry; only in the answer for the latest version "
							+ "(a given version's answer never changes and is cached for a year)") @Nullable Integer latestVersion,
			@Schema(description = "Provider organisation id (Annex VIII A.1)") String providerId,
			@Schema(description = "Provider's legal name (Annex VIII A.1)") String providerName,
			@Schema(description = "Annex VIII section the entry is registered under: SECTION_A (Art 49(1)) or SECTION_B (Art 49(2))",
					example = "SECTION_A") String classification,
			@Schema(description = "Trade name (Annex VIII A.4)") String tradeName,
			@Schema(description = "Intended purpose (Annex VIII A.5)") String intendedPurpose,
			@Schema(description = "ISO codes of the Member States where the system is made available (Annex VIII A.10)") List<String> memberStates,
			@Schema(description = "Type of the notified body's certificate (Annex VIII A.8); empty without one") String certificateType,
			@Schema(description = "Number of the notified body's certificate (Annex VIII A.8); empty without one") String certificateNumber,
			@Schema(types = { "string", "null" }, format = "date",
					description = "Date of expiry of the certificate (Annex VIII A.8); null without one") @Nullable LocalDate certificateExpiryDate,
			@Schema(types = { "boolean", "null" },
					description = "Whether the certificate's expiry date has passed (Annex VIII A.8: an expired certificate is not valid); "
							+ "only in the answer for the latest version, null otherwise and without a certificate") @Nullable Boolean certificateExpired,
			@Schema(description = "Name of the notified body (Annex VIII A.8: name or identification number); may be empty when its number is given") String notifiedBodyName,
			@Schema(description = "Identification number of the notified body (Annex VIII A.8: name or identification number); may be empty when its name is given") String notifiedBodyId,
			@Schema(description = "When version 1 was published (registration date)") Instant firstPublishedAt,
			@Schema(description = "When this version was published") Instant publishedAt,
			@Schema(description = "What the provider said changed in this version") String changeSummary,
			@Schema(description = "SHA-256 of the version's canonical JSON") String contentSha256,
			@Schema(description = "Permalink of the entry's latest version") String permalink,
			@Schema(description = "Permalink of this version") String versionPermalink){

		/** The latest version, with the current latest version number. */
		static EntryDocument of(PublicEntry entry, String baseUrl) {
			return of(entry, entry.latestVersion(), baseUrl);
		}

		/** A given version as it will always read: without what changes later. */
		static EntryDocument ofVersion(PublicEntry entry, String baseUrl) {
			return of(entry, null, baseUrl);
		}

		private static EntryDocument of(PublicEntry entry, @Nullable Integer latestVersion, String baseUrl) {
			Certificate certificate = entry.data().certificate();
			// whether it expired changes with time: only in the latest version's answer
			Boolean expired = latestVersion == null || certificate.expiryDate() == null ? null
					: certificate.expiredOn(LocalDate.now());
			return new EntryDocument(entry.registrationNumber(), entry.version(), latestVersion,
					entry.providerId().value().toString(), entry.providerName(), entry.data().classification().name(),
					entry.data().tradeName(), entry.data().intendedPurpose(), stateCodes(entry.data().memberStates()),
					certificate.type(), certificate.number(), certificate.expiryDate(), expired, certificate.bodyName(),
					certificate.bodyId(), entry.firstPublishedAt(), entry.publishedAt(), entry.changeSummary(),
					entry.contentSha256(), baseUrl + "/" + RegistryRoutes.permalink(entry.registrationNumber()),
					baseUrl + "/" + RegistryRoutes.versionPermalink(entry.registrationNumber(), entry.version()));
		}

	}

	@Schema(name = "Version", description = "One line of an entry's public version history")
	record VersionDocument(int version, Instant publishedAt, String changeSummary, String contentSha256,
			@Schema(description = "Permalink of this version") String versionPermalink,
			@Schema(description = "This version in the API") String url) {

		static VersionDocument of(String registrationNumber, VersionSummary summary, String baseUrl) {
			return new VersionDocument(summary.version(), summary.publishedAt(), summary.changeSummary(),
					summary.contentSha256(),
					baseUrl + "/" + RegistryRoutes.versionPermalink(registrationNumber, summary.version()),
					baseUrl + "/api/v1/entries/" + registrationNumber + "/versions/" + summary.version());
		}

	}

	@Schema(name = "History", description = "An entry's public version history, newest first")
	record HistoryDocument(String registrationNumber, String permalink, List<VersionDocument> versions) {
	}

	@Schema(name = "SearchHit", description = "One entry found by a search")
	record SearchHitDocument(String registrationNumber, String tradeName, String providerName, @Schema(
			description = "Excerpt of the intended purpose as escaped HTML with matches in <mark>") String snippetHtml,
			List<String> memberStates,
			@Schema(description = "When the latest version was published") Instant publishedAt, String permalink,
			@Schema(description = "The entry in the API") String url) {

		static SearchHitDocument of(SearchHit hit, String baseUrl) {
			return new SearchHitDocument(hit.registrationNumber(), hit.tradeName(), hit.providerName(),
					hit.snippetHtml(), stateCodes(hit.memberStates()), hit.publishedAt(),
					baseUrl + "/" + RegistryRoutes.permalink(hit.registrationNumber()),
					baseUrl + "/api/v1/entries/" + hit.registrationNumber());
		}

	}

	@Schema(name = "SearchResults", description = "One page of search results")
	record SearchResultsDocument(String query, int page, int size,
			@Schema(description = "How many entries match; in REDUCED mode at least this many") long total,
			@Schema(description = "FULL: answered by the search index; REDUCED: by the database while the index is unreachable") SearchMode mode,
			List<SearchHitDocument> hits,
			@Schema(description = "A corrected query that finds entries, when the query found nothing or only near misses (typos); null otherwise",
					nullable = true) @Nullable String didYouMean) {
	}

	@Schema(name = "NameSuggestion", description = "A system or organisation name offered while typing")
	record NameSuggestionDocument(String text, @Schema(description = "SYSTEM or ORGANISATION") String kind,
			@Schema(description = "The search for this name") String searchUrl) {
	}

	@Schema(name = "Organisation", description = "A provider with at least one published entry")
	record OrganisationDocument(String id, String legalName,
			@Schema(description = "ISO 3166-1 alpha-2 country code") String country, long publishedEntries,
			@Schema(description = "Atom feed of the organisation's new and changed entries") String feed) {

		static OrganisationDocument of(PublicProvider provider, String baseUrl) {
			String id = provider.id().value().toString();
			return new OrganisationDocument(id, provider.legalName(), provider.country(), provider.publishedEntries(),
					baseUrl + "/api/v1/organisations/" + id + "/feed.atom");
		}

	}

	@Schema(name = "FacetCount", description = "How many entries have one facet value")
	record FacetCount(String value, long count) {
	}

	@Schema(name = "Facets",
			description = "Facet counts over the latest public versions matching the query; each facet counted with the other facets' filters applied")
	record FacetsDocument(
			@Schema(description = "Entries per Member State (Annex VIII A.10)") List<FacetCount> memberStates,
			@Schema(description = "Entries per Annex III area (1-8)") List<FacetCount> annexIIIAreas,
			@Schema(description = "Entries per Annex III point (e.g. 4a)") List<FacetCount> annexIIIPoints,
			@Schema(description = "Entries per Annex VIII section (SECTION_A, SECTION_B)") List<FacetCount> classifications,
			@Schema(description = "Entries per status (Annex VIII A.7)") List<FacetCount> statuses,
			@Schema(description = "Entries per provider (top values)") List<FacetCount> providers,
			@Schema(description = "Entries per deployer (top values)") List<FacetCount> deployers,
			@Schema(description = "Entries with and without a fundamental rights impact assessment (Art 27)") List<FacetCount> hasFria,
			@Schema(description = "FULL: counted by the search index; REDUCED: Member States only, from the database") SearchMode mode) {
	}

	/** ISO codes in alphabetical order, so equal sets always read the same. */
	static List<String> stateCodes(java.util.Set<MemberState> states) {
		return states.stream().map(MemberState::name).sorted().toList();
	}

}
