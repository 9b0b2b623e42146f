package org.airegistry.opendata;

import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.MemberState;

/**
 * The columns of the CSV downloads (and the field names of the JSON downloads), in order,
 * each with the Annex VIII item it publishes. Only published data and no natural person's
 * name: Annex VIII A.2 (the person submitting on the provider's behalf) is never
 * exported.
 */
public enum ExportColumn {

	REGISTRATION_NUMBER("registration_number", "Art 49(1), Art 71(2)", (e, base) -> e.registrationNumber()),

	VERSION("version", "", (e, base) -> Integer.toString(e.version())),

	LATEST_VERSION("latest_version", "", (e, base) -> Integer.toString(e.latestVersion())),

	PROVIDER_ID("provider_id", "Annex VIII A.1", (e, base) -> e.providerId().value().toString()),

	PROVIDER_NAME("provider_name", "Annex VIII A.1", (e, base) -> e.providerName()),

	CLASSIFICATION("classification", "Art 49(1) / Art 49(2)", (e, base) -> e.data().classification().name()),

	TRADE_NAME("trade_name", "Annex VIII A.4", (e, base) -> e.data().tradeName()),

	INTENDED_PURPOSE("intended_purpose", "Annex VIII A.5", (e, base) -> e.data().intendedPurpose()),

	MEMBER_STATES("member_states", "Annex VIII A.10", (e,
			base) -> e.data().memberStates().stream().map(MemberState::name).sorted().collect(Collectors.joining(";"))),

	FIRST_PUBLISHED_AT("first_published_at", "Art 49(1)", (e, base) -> e.firstPublishedAt().toString()),

	PUBLISHED_AT("published_at", "", (e, base) -> e.publishedAt().toString()),

	CHANGE_SUMMARY("change_summary", "", (e, base) -> e.changeSummary()),

	CONTENT_SHA256("content_sha256", "", (e, base) -> e.contentSha256()),

	PERMALINK("permalink", "", (e, base) -> base + "/" + RegistryRoutes.permalink(e.registrationNumber())),

	VERSION_PERMALINK("version_permalink", "",
			(e, base) -> base + "/" + RegistryRoutes.versionPermalink(e.registrationNumber(), e.version()));

	/** Separates Member State codes in one CSV cell. */
	public static final String MEMBER_STATE_SEPARATOR = ";";

	private final String columnName;

	private final String legalReference;

	private final BiFunction<PublicEntry, String, String> value;

	ExportColumn(String columnName, String legalReference, BiFunction<PublicEntry, String, String> value) {
		this.columnName = columnName;
		this.legalReference = legalReference;
		this.value = value;
	}

	/** The column's name in the CSV header. */
	public String columnName() {
		return columnName;
	}

	/**
	 * The Annex VIII item (or article) the column publishes; empty for registry metadata
	 * that the Act does not list.
	 */
	public String legalReference() {
		return legalReference;
	}

	/** Translation key of the column's description. */
	public String descriptionKey() {
		return "opendata.column." + columnName;
	}

	/**
	 * The column's value for one public version.
	 * @param baseUrl absolute URL of the registry without a trailing slash, for links
	 */
	public String valueOf(PublicEntry entry, String baseUrl) {
		return value.apply(entry, baseUrl);
	}

}
