package org.airegistry.opendata;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.airegistry.registry.Art63Condition;
import org.airegistry.registry.AuthorisedRepresentativeText;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.MemberState;

import org.jspecify.annotations.Nullable;

/**
 * The columns of the entries' CSV downloads (and the field names of the JSON downloads
 * and the API's Entry), in order, each with the Annex VIII item it publishes and the
 * public page's field it carries: every public field of Section A and Section B (Art
 * 71(4)). A.2 and B.2 (whoever submits on the provider's behalf) are functional contacts,
 * never a natural person's name (DD064).
 */
public enum ExportColumn implements DictionaryColumn {

	REGISTRATION_NUMBER("registration_number", "Art 49(1), Art 71(2)", null, (e, base) -> e.registrationNumber()),

	VERSION("version", "", null, (e, base) -> Integer.toString(e.version())),

	LATEST_VERSION("latest_version", "", null, (e, base) -> Integer.toString(e.latestVersion())),

	PROVIDER_ID("provider_id", "Annex VIII A.1", null, (e, base) -> e.providerId().value().toString()),

	PROVIDER_NAME("provider_name", "Annex VIII A.1", null, (e, base) -> e.providerName()),

	CLASSIFICATION("classification", "Art 49(1) / Art 49(2)", "classification",
			(e, base) -> e.data().classification().name()),

	ANNEX_III_POINT("annex_iii_point", "Annex III", "annexIIIPoint",
			(e, base) -> e.data().annexIIIPoint() == null ? "" : e.data().annexIIIPoint().code()),

	CONTENT_LANGUAGE("content_language", "", "language", (e, base) -> e.data().language().name()),

	SUBMITTER_ON_BEHALF("submitter_on_behalf", "Annex VIII A.2 / Annex VIII B.2", "submitterOnBehalf",
			(e, base) -> e.data().submitterOnBehalf()),

	AUTHORISED_REPRESENTATIVE("authorised_representative", "Annex VIII A.3 / Annex VIII B.3",
			"authorisedRepresentative",
			// Art 22(3): the one A.3 rule of the public page, in English
			(e, base) -> AuthorisedRepresentativeText.english(e.data().authorisedRepresentative())),

	TRADE_NAME("trade_name", "Annex VIII A.4 / Annex VIII B.4", "tradeName", (e, base) -> e.data().tradeName()),

	UNAMBIGUOUS_REFERENCE("unambiguous_reference", "Annex VIII A.4 / Annex VIII B.4", "unambiguousReference",
			(e, base) -> e.data().unambiguousReference()),

	INTENDED_PURPOSE("intended_purpose", "Annex VIII A.5 / Annex VIII B.5", "intendedPurpose",
			(e, base) -> e.data().intendedPurpose()),

	COMPONENTS_AND_FUNCTIONS("components_and_functions", "Annex VIII A.5", "componentsAndFunctions",
			(e, base) -> e.data().componentsAndFunctions()),

	DATA_AND_LOGIC("data_and_logic", "Annex VIII A.6", "dataAndLogic", (e, base) -> e.data().dataAndLogic()),

	STATUS("status", "Annex VIII A.7 / Annex VIII B.8", "status",
			(e, base) -> e.data().status() == null ? "" : e.data().status().name()),

	CERTIFICATE_TYPE("certificate_type", "Annex VIII A.8", "certificate.type",
			(e, base) -> e.data().certificate().type()),

	CERTIFICATE_NUMBER("certificate_number", "Annex VIII A.8", "certificate.number",
			(e, base) -> e.data().certificate().number()),

	CERTIFICATE_EXPIRY_DATE("certificate_expiry_date", "Annex VIII A.8", "certificate.expiryDate",
			(e, base) -> date(e.data().certificate().expiryDate())),

	NOTIFIED_BODY_NAME("notified_body_name", "Annex VIII A.8", "certificate.bodyName",
			(e, base) -> e.data().certificate().bodyName()),

	NOTIFIED_BODY_ID("notified_body_id", "Annex VIII A.8", "certificate.bodyId",
			(e, base) -> e.data().certificate().bodyId()),

	CERTIFICATE_SCAN_URL("certificate_scan_url", "Annex VIII A.9", "documents.CERTIFICATE_SCAN",
			(e, base) -> documentUrl(e, DocumentKind.CERTIFICATE_SCAN, base)),

	MEMBER_STATES("member_states", "Annex VIII A.10 / Annex VIII B.9", "memberStates",
			(e, base) -> e.data()
				.memberStates()
				.stream()
				.map(MemberState::name)
				.sorted()
				.collect(Collectors.joining(ExportColumn.MEMBER_STATE_SEPARATOR))),

	DECLARATION_OF_CONFORMITY("declaration_of_conformity", "Annex VIII A.11", "declarationOfConformity",
			(e, base) -> e.data().declarationOfConformity()),

	DECLARATION_OF_CONFORMITY_URL("declaration_of_conformity_url", "Annex VIII A.11",
			"documents.DECLARATION_OF_CONFORMITY",
			(e, base) -> documentUrl(e, DocumentKind.DECLARATION_OF_CONFORMITY, base)),

	INSTRUCTIONS_FOR_USE("instructions_for_use", "Annex VIII A.12", "instructionsForUse",
			(e, base) -> e.data().instructionsForUse()),

	INSTRUCTIONS_FOR_USE_URL("instructions_for_use_url", "Annex VIII A.12", "documents.INSTRUCTIONS_FOR_USE",
			(e, base) -> documentUrl(e, DocumentKind.INSTRUCTIONS_FOR_USE, base)),

	MORE_INFORMATION_URL("more_information_url", "Annex VIII A.13", "moreInformationUrl",
			(e, base) -> e.data().moreInformationUrl()),

	ART_6_3_CONDITIONS("art_6_3_conditions", "Annex VIII B.6", "sectionB.conditions",
			(e, base) -> String.join(ExportColumn.MEMBER_STATE_SEPARATOR, conditions(e))),

	NOT_HIGH_RISK_GROUNDS("not_high_risk_grounds", "Annex VIII B.7", "sectionB.notHighRiskGrounds",
			(e, base) -> e.data().sectionB().notHighRiskGrounds()),

	FIRST_PUBLISHED_AT("first_published_at", "Art 49(1)", null, (e, base) -> e.firstPublishedAt().toString()),

	PUBLISHED_AT("published_at", "", null, (e, base) -> e.publishedAt().toString()),

	CHANGE_SUMMARY("change_summary", "", null, (e, base) -> e.changeSummary()),

	CONTENT_SHA256("content_sha256", "", null, (e, base) -> e.contentSha256()),

	PERMALINK("permalink", "", null, (e, base) -> base + "/" + RegistryRoutes.permalink(e.registrationNumber())),

	VERSION_PERMALINK("version_permalink", "", null,
			(e, base) -> base + "/" + RegistryRoutes.versionPermalink(e.registrationNumber(), e.version()));

	/**
	 * Separates several values (Member State codes, Art 6(3) conditions) in one CSV cell.
	 */
	public static final String MEMBER_STATE_SEPARATOR = ";";

	private final Spec spec;

	private final BiFunction<PublicEntry, String, String> value;

	ExportColumn(String columnName, String legalReference, @Nullable String fieldKey,
			BiFunction<PublicEntry, String, String> value) {
		this.spec = new Spec(columnName, legalReference, "opendata.column." + columnName, fieldKey);
		this.value = value;
	}

	@Override
	public String jsonName() {
		// the page's (and the entry data's) own spelling of the Annex's roman numeral
		return this == ANNEX_III_POINT ? "annexIIIPoint" : DictionaryColumn.super.jsonName();
	}

	@Override
	public Spec spec() {
		return spec;
	}

	/**
	 * The column's value for one public version.
	 * @param baseUrl absolute URL of the registry without a trailing slash, for links
	 */
	public String valueOf(PublicEntry entry, String baseUrl) {
		return value.apply(entry, baseUrl);
	}

	/** A document's public address, empty without the document. */
	public static String documentUrl(PublicEntry entry, DocumentKind kind, String baseUrl) {
		StoredDocument document = entry.data().documents().get(kind);
		return document == null ? ""
				: baseUrl + "/" + RegistryRoutes.document(entry.registrationNumber(), document.sha256());
	}

	/** The Art 6(3) conditions (B.6) in the order of the Article. */
	public static List<String> conditions(PublicEntry entry) {
		Set<Art63Condition> conditions = entry.data().sectionB().conditions();
		return conditions.stream().sorted().map(Art63Condition::name).toList();
	}

	private static String date(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
