package org.airegistry.opendata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.deployment.PublicDeployment;
import org.airegistry.opendata.DeploymentColumn;
import org.airegistry.opendata.ExportColumn;
import org.airegistry.registry.Certificate;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.EntryData;
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

	@Schema(name = "Entry",
			description = "One published version of an AI system entry (Annex VIII Section A or B): every public field, "
					+ "named as the columns of the downloads (field dictionary at /open-data)")
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
			@Schema(description = "The Annex III point of the use case, e.g. 4a; empty if not given",
					example = "4a") String annexIIIPoint,
			@Schema(description = "Language the entry's texts are written in (ISO 639-1, upper case)",
					example = "EN") String contentLanguage,
			@Schema(description = "Functional contact of whoever submits on the provider's behalf (Annex VIII A.2 / B.2); empty if none") String submitterOnBehalf,
			@Schema(description = "Name, address and contact details of the authorised representative (Annex VIII A.3 / B.3); empty if none") String authorisedRepresentative,
			@Schema(description = "Trade name (Annex VIII A.4 / B.4)") String tradeName,
			@Schema(description = "Additional unambiguous reference, e.g. version or model number (Annex VIII A.4 / B.4)") String unambiguousReference,
			@Schema(description = "Intended purpose (Annex VIII A.5 / B.5)") String intendedPurpose,
			@Schema(description = "Components and functions supported through the system (Annex VIII A.5); empty in Section B") String componentsAndFunctions,
			@Schema(description = "Information used by the system and its operating logic (Annex VIII A.6); empty in Section B") String dataAndLogic,
			@Schema(description = "Status (Annex VIII A.7 / B.8): ON_MARKET, IN_SERVICE, NO_LONGER_ON_MARKET, NO_LONGER_IN_SERVICE, RECALLED; empty if not given") String status,
			@Schema(description = "Type of the notified body's certificate (Annex VIII A.8); empty without one") String certificateType,
			@Schema(description = "Number of the notified body's certificate (Annex VIII A.8); empty without one") String certificateNumber,
			@Schema(types = { "string", "null" }, format = "date",
					description = "Date of expiry of the certificate (Annex VIII A.8); null without one") @Nullable LocalDate certificateExpiryDate,
			@Schema(types = { "boolean", "null" },
					description = "Whether the certificate's expiry date has passed (Annex VIII A.8: an expired certificate is not valid); "
							+ "only in the answer for the latest version, null otherwise and without a certificate") @Nullable Boolean certificateExpired,
			@Schema(description = "Name of the notified body (Annex VIII A.8: name or identification number); may be empty when its number is given") String notifiedBodyName,
			@Schema(description = "Identification number of the notified body (Annex VIII A.8: name or identification number); may be empty when its name is given") String notifiedBodyId,
			@Schema(description = "Address of the scanned copy of the certificate (Annex VIII A.9); empty without one") String certificateScanUrl,
			@Schema(description = "ISO codes of the Member States where the system is made available (Annex VIII A.10 / B.9)") List<String> memberStates,
			@Schema(description = "The EU declaration of conformity: web address or reference (Annex VIII A.11)") String declarationOfConformity,
			@Schema(description = "Address of the uploaded EU declaration of conformity (Annex VIII A.11); empty without one") String declarationOfConformityUrl,
			@Schema(description = "Web address of the electronic instructions for use (Annex VIII A.12)") String instructionsForUse,
			@Schema(description = "Address of the uploaded instructions for use (Annex VIII A.12); empty without one") String instructionsForUseUrl,
			@Schema(description = "Web address for additional information (Annex VIII A.13)") String moreInformationUrl,
			@Schema(description = "The conditions of Art 6(3) second subparagraph (a)-(d) the provider relies on (Annex VIII B.6); "
					+ "empty in Section A") List<String> art63Conditions,
			@Schema(description = "Summary of the grounds on which the system is considered not high-risk (Annex VIII B.7); "
					+ "empty in Section A") String notHighRiskGrounds,
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
			EntryData data = entry.data();
			Certificate certificate = data.certificate();
			// whether it expired changes with time: only in the latest version's answer
			Boolean expired = latestVersion == null || certificate.expiryDate() == null ? null
					: certificate.expiredOn(LocalDate.now());
			return new EntryDocument(entry.registrationNumber(), entry.version(), latestVersion,
					entry.providerId().value().toString(), entry.providerName(), data.classification().name(),
					ExportColumn.ANNEX_III_POINT.valueOf(entry, baseUrl), data.language().name(),
					data.submitterOnBehalf(), ExportColumn.AUTHORISED_REPRESENTATIVE.valueOf(entry, baseUrl),
					data.tradeName(), data.unambiguousReference(), data.intendedPurpose(),
					data.componentsAndFunctions(), data.dataAndLogic(), ExportColumn.STATUS.valueOf(entry, baseUrl),
					certificate.type(), certificate.number(), certificate.expiryDate(), expired, certificate.bodyName(),
					certificate.bodyId(), ExportColumn.documentUrl(entry, DocumentKind.CERTIFICATE_SCAN, baseUrl),
					stateCodes(data.memberStates()), data.declarationOfConformity(),
					ExportColumn.documentUrl(entry, DocumentKind.DECLARATION_OF_CONFORMITY, baseUrl),
					data.instructionsForUse(),
					ExportColumn.documentUrl(entry, DocumentKind.INSTRUCTIONS_FOR_USE, baseUrl),
					data.moreInformationUrl(), ExportColumn.conditions(entry), data.sectionB().notHighRiskGrounds(),
					entry.firstPublishedAt(), entry.publishedAt(), entry.changeSummary(), entry.contentSha256(),
					baseUrl + "/" + RegistryRoutes.permalink(entry.registrationNumber()),
					baseUrl + "/" + RegistryRoutes.versionPermalink(entry.registrationNumber(), entry.version()));
		}

	}

	@Schema(name = "Deployment",
			description = "One published version of a deployer's registration of its use of a high-risk AI system "
					+ "(Annex VIII Section C): every public field, named as the columns of the downloads")
	record DeploymentDocument(@Schema(description = "Stable public id of the registration") String registrationId,
			@Schema(description = "This version's number, 1 for the first publication") int version, @Schema(types = {
					"integer", "null" }, format = "int32",
					description = "The newest published version; only in the answer for the latest version") @Nullable Integer latestVersion,
			@Schema(description = "Deployer organisation id (Annex VIII C.1)") String deployerId,
			@Schema(description = "Deployer's legal name (Annex VIII C.1)") String deployerName,
			@Schema(description = "Deployer's address (Annex VIII C.1)") String deployerAddress,
			@Schema(description = "Deployer's functional contact details (Annex VIII C.1)") String deployerContact,
			@Schema(description = "Name, address and contact details of whoever submits on the deployer's behalf, "
					+ "functional contacts only (Annex VIII C.2)") String submitterContact,
			@Schema(description = "Why the deployer registers (Art 49(3), Art 26(8)): PUBLIC_AUTHORITY (public authority or Union "
					+ "institution, body, office or agency), ON_BEHALF_OF_PUBLIC_AUTHORITY (see onBehalfOf) or VOLUNTARY; "
					+ "empty for registrations published before the basis was recorded",
					example = "PUBLIC_AUTHORITY") String registrationBasis,
			@Schema(description = "The public authority the deployer acts for, with ON_BEHALF_OF_PUBLIC_AUTHORITY (Art 49(3)); "
					+ "empty otherwise") String onBehalfOf,
			@Schema(description = "Registration number of the provider's entry (Annex VIII C.3)",
					example = "AIR-000001") String providerRegistrationNumber,
			@Schema(description = "Trade name of the provider's system (Annex VIII C.3); its registration number while the "
					+ "entry is not publicly visible") String systemName,
			@Schema(description = "Provider's legal name (Annex VIII A.1); empty while the entry is not publicly visible") String providerName,
			@Schema(description = "The provider's current status of the system (Annex VIII A.7), e.g. RECALLED; empty if unknown") String providerStatus,
			@Schema(description = "Summary of the findings of the fundamental rights impact assessment (Annex VIII C.4, Art 27)") String friaSummary,
			@Schema(description = "Whether a data protection impact assessment applies (Art 26(9))") boolean dpiaApplicable,
			@Schema(description = "Summary of the data protection impact assessment (Annex VIII C.5); empty where none applies") String dpiaSummary,
			@Schema(description = "ISO codes of the Member States where the system is used") List<String> memberStates,
			@Schema(types = { "string", "null" }, format = "date",
					description = "First day of use") @Nullable LocalDate useStart,
			@Schema(types = { "string", "null" }, format = "date",
					description = "Last day of use, if known") @Nullable LocalDate useEnd,
			@Schema(description = "When version 1 was published (registration date)") Instant firstPublishedAt,
			@Schema(description = "When this version was published") Instant publishedAt,
			@Schema(description = "What the deployer said changed in this version") String changeSummary,
			@Schema(description = "SHA-256 of the version's canonical JSON") String contentSha256,
			@Schema(description = "Permalink of the registration's latest version") String permalink,
			@Schema(description = "Permalink of this version") String versionPermalink){

		/**
		 * One version; {@code latestVersion} null for a given version's answer, which
		 * never changes.
		 */
		static DeploymentDocument of(PublicDeployment deployment, @Nullable Integer latestVersion, String baseUrl) {
			DeploymentData data = deployment.data();
			return new DeploymentDocument(deployment.id().value().toString(), deployment.version(), latestVersion,
					deployment.deployerId().value().toString(), deployment.deployerName(), data.deployerAddress(),
					data.deployerContact(), data.submitterContact(), DeploymentColumn.basis(deployment),
					data.onBehalfOf(), deployment.providerRegistrationNumber(), deployment.systemName(),
					deployment.providerName(), DeploymentColumn.PROVIDER_STATUS.valueOf(deployment, baseUrl),
					data.friaSummary(), data.dpiaApplicable(), data.dpiaApplicable() ? data.dpiaSummary() : "",
					stateCodes(data.memberStates()), data.useStart(), data.useEnd(), deployment.firstPublishedAt(),
					deployment.publishedAt(), deployment.changeSummary(), deployment.contentSha256(),
					baseUrl + "/" + DeploymentRoutes.permalink(deployment.id()),
					baseUrl + "/" + DeploymentRoutes.versionPermalink(deployment.id(), deployment.version()));
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
