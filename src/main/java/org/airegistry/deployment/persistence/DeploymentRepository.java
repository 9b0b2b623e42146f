package org.airegistry.deployment.persistence;

import static org.airegistry.db.Tables.DEPLOYMENT;
import static org.airegistry.db.Tables.DEPLOYMENT_VERSION;
import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.PROVIDER_NOTICE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.airegistry.db.tables.Organisation;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.ProviderNotice;
import org.airegistry.deployment.ProviderOption;
import org.airegistry.deployment.PublicDeployer;
import org.airegistry.deployment.PublicDeployment;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.PublishedVersion;
import org.airegistry.publication.VersionSummary;
import org.airegistry.publication.Visibility;
import org.airegistry.publication.store.PublicationStore;
import org.airegistry.publication.store.PublicationTables;
import org.airegistry.registry.EntryStatus;
import org.airegistry.shared.OrganisationId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes deployer registrations, their immutable versions (on the publication
 * kernel's store: every public read starts from {@link PublicationStore#selectPublic},
 * which applies the one visibility rule) and notices to providers. Public reads never
 * join the provider's entry: the service names systems through the registry's public
 * reads.
 */
@Repository
public class DeploymentRepository {

	private static final Organisation DEPLOYER = ORGANISATION.as("deployer");

	private final DSLContext dsl;

	private final PublicationStore<DeploymentId, DeploymentData> store;

	DeploymentRepository(DSLContext dsl) {
		this.dsl = dsl;
		this.store = new PublicationStore<>(dsl, DeploymentData.class, new PublicationTables<>(
				new PublicationTables.Records<>(DEPLOYMENT, IdColumns.DEPLOYMENT_ID, IdColumns.DEPLOYER_ID,
						DEPLOYMENT.DRAFT_DATA, DEPLOYMENT.DRAFT_CHANGED, DEPLOYMENT.PUBLISHED_VERSION,
						DEPLOYMENT.LOCK_VERSION, DEPLOYMENT.CREATED_AT, DEPLOYMENT.UPDATED_AT,
						PublicationTables.visibility(DEPLOYMENT.VISIBILITY),
						PublicationTables.publicHold(DEPLOYMENT.PUBLIC_HOLD)),
				new PublicationTables.Versions<>(DEPLOYMENT_VERSION, IdColumns.VERSION_DEPLOYMENT_ID,
						DEPLOYMENT_VERSION.VERSION_NUMBER, DEPLOYMENT_VERSION.DATA, DEPLOYMENT_VERSION.CHANGE_SUMMARY,
						DEPLOYMENT_VERSION.CONTENT_SHA256, DEPLOYMENT_VERSION.PUBLISHED_AT,
						IdColumns.VERSION_PUBLISHED_BY, PublicationTables.visibility(DEPLOYMENT_VERSION.VISIBILITY))));
	}

	/**
	 * The column naming a registration in lists: the registration number of its system.
	 */
	public Field<String> systemReference() {
		return DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER;
	}

	/** The kernel's store of registrations, for the publish flow. */
	public PublicationStore<DeploymentId, DeploymentData> store() {
		return store;
	}

	public void insertDraft(DeploymentId id, OrganisationId organisation, String providerRegistrationNumber,
			DeploymentData data, @Nullable EntryStatus providerStatus, Instant now) {
		Map<Field<?>, Object> columns = new HashMap<>();
		columns.put(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER, providerRegistrationNumber);
		columns.put(EnumColumns.PROVIDER_STATUS, providerStatus);
		store.insertDraft(id, organisation, data, null, columns, now);
	}

	/** A registration as its own organisation reads it, before the system is named. */
	public record OwnRegistration(DeploymentId id, String providerRegistrationNumber, DeploymentData data,
			@Nullable Integer publishedVersion, boolean draftChanged, @Nullable EntryStatus providerStatus,
			Instant updatedAt, long lockVersion) {
	}

	/** The registration as its own organisation sees it; empty for any other. */
	public Optional<OwnRegistration> findOwn(DeploymentId id, OrganisationId organisation) {
		return own(IdColumns.DEPLOYMENT_ID.eq(id).and(IdColumns.DEPLOYER_ID.eq(organisation))).stream().findFirst();
	}

	/** The organisation's registration of the system, if it has one. */
	public Optional<OwnRegistration> findOwnBySystem(OrganisationId organisation, String providerRegistrationNumber) {
		return own(IdColumns.DEPLOYER_ID.eq(organisation)
			.and(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER.eq(providerRegistrationNumber))).stream().findFirst();
	}

	/** The organisation's registrations, most recently changed first. */
	public List<OwnRegistration> listOwn(OrganisationId organisation) {
		return own(IdColumns.DEPLOYER_ID.eq(organisation));
	}

	private List<OwnRegistration> own(Condition condition) {
		return dsl
			.select(IdColumns.DEPLOYMENT_ID, DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER, DEPLOYMENT.DRAFT_DATA,
					DEPLOYMENT.PUBLISHED_VERSION, DEPLOYMENT.DRAFT_CHANGED, EnumColumns.PROVIDER_STATUS,
					DEPLOYMENT.UPDATED_AT, DEPLOYMENT.LOCK_VERSION)
			.from(DEPLOYMENT)
			.where(condition)
			.orderBy(DEPLOYMENT.UPDATED_AT.desc())
			.fetch(Records.mapping((id, number, draft, publishedVersion, draftChanged, providerStatus, updatedAt,
					lockVersion) -> new OwnRegistration(id, number, CanonicalJson.read(draft, DeploymentData.class),
							publishedVersion, Boolean.TRUE.equals(draftChanged), providerStatus, updatedAt,
							lockVersion)));
	}

	/**
	 * Stores a new working copy if nobody else saved since {@code expectedLockVersion}.
	 * @return whether the row was updated
	 */
	public boolean updateDraft(DeploymentId id, OrganisationId organisation, long expectedLockVersion,
			DeploymentData data, Instant now) {
		return store.saveDraft(id, organisation, expectedLockVersion, data, now);
	}

	/**
	 * Puts the published registrations linking to the entry into its section: the section
	 * of their own latest version while the entry is public, the entry's otherwise (Art
	 * 49(4)).
	 * @return the registrations whose section changed
	 */
	public List<DeploymentId> followEntry(String providerRegistrationNumber, Visibility entrySection) {
		return store.follow(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER.eq(providerRegistrationNumber), entrySection);
	}

	// ------------------------------------------------------------ public reads

	public Optional<PublicDeployment> findLatest(DeploymentId id) {
		return publicDeployments().where(store.latest())
			.and(IdColumns.DEPLOYMENT_ID.eq(id))
			.fetchOptional(this::toPublic);
	}

	public Optional<PublicDeployment> findVersion(DeploymentId id, int version) {
		return publicDeployments().where(DEPLOYMENT_VERSION.VERSION_NUMBER.eq(version))
			.and(IdColumns.DEPLOYMENT_ID.eq(id))
			.fetchOptional(this::toPublic);
	}

	public List<VersionSummary> history(DeploymentId id) {
		return store.publicHistory(IdColumns.DEPLOYMENT_ID.eq(id));
	}

	/** Latest public versions of the registrations linking to the provider's entries. */
	public List<PublicDeployment> latestOfSystems(Collection<String> providerRegistrationNumbers) {
		if (providerRegistrationNumbers.isEmpty()) {
			return List.of();
		}
		return publicDeployments().where(store.latest())
			.and(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER.in(providerRegistrationNumbers))
			.orderBy(DEPLOYER.LEGAL_NAME, DEPLOYMENT.DEPLOYMENT_ID)
			.fetch(this::toPublic);
	}

	/** Latest public versions of an organisation's registrations. */
	public List<PublicDeployment> latestOfDeployer(OrganisationId id) {
		return publicDeployments().where(store.latest())
			.and(IdColumns.DEPLOYER_ID.eq(id))
			.orderBy(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER, DEPLOYMENT.DEPLOYMENT_ID)
			.fetch(this::toPublic);
	}

	/**
	 * The latest public versions of all registrations in batches, in the order of their
	 * ids (keyset paging: each batch reads after the last id of the one before).
	 */
	public void forEachLatest(int batchSize, Consumer<List<PublicDeployment>> consumer) {
		store.forEachLatest(this::publicDeployments, DSL.noCondition(), batchSize, this::toPublic, PublicDeployment::id,
				consumer);
	}

	/** An organisation's legal name and country. */
	public Optional<PublicDeployer> deployer(OrganisationId id, List<PublicDeployment> uses) {
		return dsl.select(ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(id))
			.fetchOptional(Records.mapping((legalName, country) -> new PublicDeployer(id, legalName, country, uses)));
	}

	private SelectJoinStep<Record> publicDeployments() {
		List<Field<?>> fields = new ArrayList<>(store.versionFields());
		fields.addAll(List.of(IdColumns.DEPLOYER_ID, DEPLOYER.LEGAL_NAME, DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER,
				EnumColumns.PROVIDER_STATUS, DEPLOYMENT.PROVIDER_STATUS_CHANGED_AT));
		return store.selectPublic(fields).join(DEPLOYER).on(DEPLOYER.ORGANISATION_ID.eq(DEPLOYMENT.ORGANISATION_ID));
	}

	/**
	 * A public version; the system is named by its registration number until the service
	 * names it from the registry's public reads.
	 */
	private PublicDeployment toPublic(Record row) {
		PublishedVersion<DeploymentData> version = store.version(row);
		String registrationNumber = row.get(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER);
		Instant changedAt = row.get(DEPLOYMENT.PROVIDER_STATUS_CHANGED_AT);
		return new PublicDeployment(store.id(row), row.get(IdColumns.DEPLOYER_ID), row.get(DEPLOYER.LEGAL_NAME),
				registrationNumber, registrationNumber, "", version.version(), version.latestVersion(), version.data(),
				version.changeSummary(), version.firstPublishedAt(), version.publishedAt(), version.contentSha256(),
				row.get(EnumColumns.PROVIDER_STATUS), changedAt == null ? null : changedAt);
	}

	/** A deployer to tell about a change of the provider's status. */
	public record AffectedDeployer(DeploymentId deploymentId, String deployerName, OrganisationId deployer) {
	}

	/**
	 * Records the provider's new status on every registration linking to the entry whose
	 * status differs.
	 * @return the deployers whose registrations changed
	 */
	public List<AffectedDeployer> updateProviderStatus(String providerRegistrationNumber, EntryStatus status,
			Instant now) {
		Condition differs = DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER.eq(providerRegistrationNumber)
			.and(EnumColumns.PROVIDER_STATUS.isNull().or(EnumColumns.PROVIDER_STATUS.ne(status)));
		List<AffectedDeployer> affected = dsl
			.select(IdColumns.DEPLOYMENT_ID, DEPLOYER.LEGAL_NAME, IdColumns.DEPLOYER_ID)
			.from(DEPLOYMENT)
			.join(DEPLOYER)
			.on(DEPLOYER.ORGANISATION_ID.eq(DEPLOYMENT.ORGANISATION_ID))
			.where(differs)
			.fetch(Records
				.mapping((deployment, legalName, deployer) -> new AffectedDeployer(deployment, legalName, deployer)));
		dsl.update(DEPLOYMENT)
			.set(EnumColumns.PROVIDER_STATUS, status)
			.set(DEPLOYMENT.PROVIDER_STATUS_CHANGED_AT, now)
			.where(differs)
			.execute();
		return affected;
	}

	/** An organisation's postal address and functional e-mail (either may be empty). */
	public record Contact(String postalAddress, String email) {
	}

	/** The organisation's postal address and functional e-mail, to prefill C.1. */
	public Optional<Contact> contact(OrganisationId organisation) {
		return dsl.select(ORGANISATION.POSTAL_ADDRESS, ORGANISATION.FUNCTIONAL_EMAIL)
			.from(ORGANISATION)
			.where(IdColumns.ORGANISATION_ID.eq(organisation))
			.fetchOptional(Records
				.mapping((postalAddress, functionalEmail) -> new Contact(postalAddress == null ? "" : postalAddress,
						functionalEmail == null ? "" : functionalEmail)));
	}

	/** Approved provider organisations, by name (recipients of notices). */
	public List<ProviderOption> providers() {
		return dsl.select(IdColumns.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY)
			.from(ORGANISATION)
			.where(ORGANISATION.ROLES.contains("PROVIDER"))
			.and(ORGANISATION.STATUS.eq("ACTIVE"))
			.orderBy(ORGANISATION.LEGAL_NAME, ORGANISATION.ORGANISATION_ID)
			.fetch(Records.mapping(
					(organisationId, legalName, country) -> new ProviderOption(organisationId, legalName, country)));
	}

	public void insertNotice(UUID id, OrganisationId provider, OrganisationId deployer, String system, String message,
			Instant now) {
		dsl.insertInto(PROVIDER_NOTICE)
			.set(PROVIDER_NOTICE.NOTICE_ID, id)
			.set(IdColumns.NOTICE_PROVIDER_ID, provider)
			.set(IdColumns.NOTICE_DEPLOYER_ID, deployer)
			.set(PROVIDER_NOTICE.SYSTEM_DESCRIPTION, system)
			.set(PROVIDER_NOTICE.MESSAGE, message)
			.set(PROVIDER_NOTICE.SENT_AT, now)
			.execute();
	}

	/** Notices sent to the provider, newest first. */
	public List<ProviderNotice> noticesFor(OrganisationId provider) {
		return dsl
			.select(PROVIDER_NOTICE.NOTICE_ID, DEPLOYER.LEGAL_NAME, PROVIDER_NOTICE.SYSTEM_DESCRIPTION,
					PROVIDER_NOTICE.MESSAGE, PROVIDER_NOTICE.SENT_AT)
			.from(PROVIDER_NOTICE)
			.join(DEPLOYER)
			.on(DEPLOYER.ORGANISATION_ID.eq(PROVIDER_NOTICE.DEPLOYER_ORGANISATION_ID))
			.where(IdColumns.NOTICE_PROVIDER_ID.eq(provider))
			.orderBy(PROVIDER_NOTICE.SENT_AT.desc())
			.fetch(Records.mapping((noticeId, legalName, systemDescription, message,
					sentAt) -> new ProviderNotice(noticeId, legalName, systemDescription, message, sentAt)));
	}

}
