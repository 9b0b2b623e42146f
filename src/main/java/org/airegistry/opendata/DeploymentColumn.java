package org.airegistry.opendata;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.deployment.PublicDeployment;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.shared.MemberState;

import org.jspecify.annotations.Nullable;

/**
 * The columns of the deployer registrations' CSV downloads (and the field names of their
 * JSON downloads and the API's Deployment), in order: every public item of Annex VIII
 * Section C, the legal basis of the registration (Art 49(3)) and the registry's metadata.
 * The full fundamental-rights impact assessment is never public; its summary (C.4) is.
 */
public enum DeploymentColumn implements DictionaryColumn {

	REGISTRATION_ID("registration_id", "Art 49(3), Art 71(2)", null, (d, base) -> d.id().value().toString()),

	VERSION("version", "", null, (d, base) -> Integer.toString(d.version())),

	LATEST_VERSION("latest_version", "", null, (d, base) -> Integer.toString(d.latestVersion())),

	DEPLOYER_ID("deployer_id", "Annex VIII C.1", null, (d, base) -> d.deployerId().value().toString()),

	DEPLOYER_NAME("deployer_name", "Annex VIII C.1", null, (d, base) -> d.deployerName()),

	DEPLOYER_ADDRESS("deployer_address", "Annex VIII C.1", "deployerAddress", (d, base) -> d.data().deployerAddress()),

	DEPLOYER_CONTACT("deployer_contact", "Annex VIII C.1", "deployerContact", (d, base) -> d.data().deployerContact()),

	SUBMITTER_CONTACT("submitter_contact", "Annex VIII C.2", "submitterContact",
			(d, base) -> d.data().submitterContact()),

	REGISTRATION_BASIS("registration_basis", "Art 49(3)", "registrationBasis", (d, base) -> basis(d)),

	ON_BEHALF_OF("on_behalf_of", "Art 49(3)", "registrationBasis", (d, base) -> d.data().onBehalfOf()),

	PROVIDER_REGISTRATION_NUMBER("provider_registration_number", "Annex VIII C.3", null,
			(d, base) -> d.providerRegistrationNumber()),

	SYSTEM_NAME("system_name", "Annex VIII C.3", null, (d, base) -> d.systemName()),

	PROVIDER_NAME("provider_name", "Annex VIII A.1", null, (d, base) -> d.providerName()),

	PROVIDER_STATUS("provider_status", "Annex VIII A.7", null,
			(d, base) -> d.providerStatus() == null ? "" : d.providerStatus().name()),

	FRIA_SUMMARY("fria_summary", "Annex VIII C.4", "friaSummary", (d, base) -> d.data().friaSummary()),

	DPIA_APPLICABLE("dpia_applicable", "Art 26(9)", "dpiaSummary",
			(d, base) -> Boolean.toString(d.data().dpiaApplicable())),

	DPIA_SUMMARY("dpia_summary", "Annex VIII C.5", "dpiaSummary",
			(d, base) -> d.data().dpiaApplicable() ? d.data().dpiaSummary() : ""),

	MEMBER_STATES("member_states", "", "memberStates",
			(d, base) -> d.data()
				.memberStates()
				.stream()
				.map(MemberState::name)
				.sorted()
				.collect(Collectors.joining(ExportColumn.MEMBER_STATE_SEPARATOR))),

	USE_START("use_start", "", "useStart", (d, base) -> date(d.data().useStart())),

	USE_END("use_end", "", "useStart", (d, base) -> date(d.data().useEnd())),

	FIRST_PUBLISHED_AT("first_published_at", "Art 49(3)", null, (d, base) -> d.firstPublishedAt().toString()),

	PUBLISHED_AT("published_at", "", null, (d, base) -> d.publishedAt().toString()),

	CHANGE_SUMMARY("change_summary", "", null, (d, base) -> d.changeSummary()),

	CONTENT_SHA256("content_sha256", "", null, (d, base) -> d.contentSha256()),

	PERMALINK("permalink", "", null, (d, base) -> base + "/" + DeploymentRoutes.permalink(d.id())),

	VERSION_PERMALINK("version_permalink", "", null,
			(d, base) -> base + "/" + DeploymentRoutes.versionPermalink(d.id(), d.version()));

	private final Spec spec;

	private final BiFunction<PublicDeployment, String, String> value;

	DeploymentColumn(String columnName, String legalReference, @Nullable String fieldKey,
			BiFunction<PublicDeployment, String, String> value) {
		this.spec = new Spec(columnName, legalReference, "opendata.deploymentColumn." + columnName, fieldKey);
		this.value = value;
	}

	@Override
	public Spec spec() {
		return spec;
	}

	/**
	 * The column's value for one public version.
	 * @param baseUrl absolute URL of the registry without a trailing slash, for links
	 */
	public String valueOf(PublicDeployment deployment, String baseUrl) {
		return value.apply(deployment, baseUrl);
	}

	/**
	 * The legal basis (Art 49(3)) as its constant name, empty for registrations before
	 * it.
	 */
	public static String basis(PublicDeployment deployment) {
		RegistrationBasis basis = deployment.data().registrationBasis();
		return basis == null ? "" : basis.name();
	}

	private static String date(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
