package org.airegistry.deployment.persistence;

import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.DEPLOYMENT;
import static org.airegistry.db.Tables.DEPLOYMENT_VERSION;
import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.PROVIDER_NOTICE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.db.tables.DeploymentVersion;
import org.airegistry.db.tables.Organisation;
import org.airegistry.deployment.DeployerOfSystem;
import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.DeploymentVersionSummary;
import org.airegistry.deployment.ProviderNotice;
import org.airegistry.deployment.ProviderOption;
import org.airegistry.deployment.PublicDeployer;
import org.airegistry.deployment.PublicDeployment;
import org.airegistry.registry.EntryStatus;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes deployer registrations, their immutable public versions and notices to
 * providers.
 */
@Repository
public class DeploymentRepository {

	private static final DeploymentVersion FIRST = DEPLOYMENT_VERSION.as("first_version");

	private static final Organisation DEPLOYER = ORGANISATION.as("deployer");

	private static final Organisation PROVIDER = ORGANISATION.as("provider");

	/** Trade name of the latest published version of the linked provider entry. */
	private static final Field<String> SYSTEM_NAME = DSL
		.field(DSL.select(AI_SYSTEM_VERSION.TRADE_NAME)
			.from(AI_SYSTEM_VERSION)
			.join(AI_SYSTEM)
			.on(AI_SYSTEM.AI_SYSTEM_ID.eq(AI_SYSTEM_VERSION.AI_SYSTEM_ID))
			.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER))
			.and(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION)))
		.as("system_name");

	private static final Field<String> PROVIDER_NAME = DSL
		.field(DSL.select(PROVIDER.LEGAL_NAME)
			.from(PROVIDER)
			.join(AI_SYSTEM)
			.on(AI_SYSTEM.ORGANISATION_ID.eq(PROVIDER.ORGANISATION_ID))
			.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER)))
		.as("provider_name");

	private static final Field<OffsetDateTime> FIRST_PUBLISHED_AT = DSL
		.field(DSL.select(FIRST.PUBLISHED_AT)
			.from(FIRST)
			.where(FIRST.DEPLOYMENT_ID.eq(DEPLOYMENT.DEPLOYMENT_ID))
			.and(FIRST.VERSION_NUMBER.eq(1)))
		.as("first_published_at");

	private final DSLContext dsl;

	private final DeploymentCodec codec;

	DeploymentRepository(DSLContext dsl, DeploymentCodec codec) {
		this.dsl = dsl;
		this.codec = codec;
	}

	public void insertDraft(DeploymentId id, OrganisationId organisation, String providerRegistrationNumber,
			boolean restricted, DeploymentData data, @Nullable EntryStatus providerStatus, OffsetDateTime now) {
		dsl.insertInto(DEPLOYMENT)
			.set(DEPLOYMENT.DEPLOYMENT_ID, id.value())
			.set(DEPLOYMENT.ORGANISATION_ID, organisation.value())
			.set(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER, providerRegistrationNumber)
			.set(DEPLOYMENT.RESTRICTED, restricted)
			.set(DEPLOYMENT.DRAFT_DATA, codec.toJson(data))
			.set(DEPLOYMENT.DRAFT_CHANGED, true)
			.set(DEPLOYMENT.PROVIDER_STATUS, providerStatus == null ? null : providerStatus.name())
			.set(DEPLOYMENT.LOCK_VERSION, 0L)
			.set(DEPLOYMENT.CREATED_AT, now)
			.set(DEPLOYMENT.UPDATED_AT, now)
			.execute();
	}

	/** The registration as its own organisation sees it; empty for any other. */
	public Optional<Deployment> findOwn(DeploymentId id, OrganisationId organisation) {
		return own(DEPLOYMENT.DEPLOYMENT_ID.eq(id.value()).and(DEPLOYMENT.ORGANISATION_ID.eq(organisation.value())))
			.stream()
			.findFirst();
	}

	/** The organisation's registration of the system, if it has one. */
	public Optional<Deployment> findOwnBySystem(OrganisationId organisation, String providerRegistrationNumber) {
		return own(DEPLOYMENT.ORGANISATION_ID.eq(organisation.value())
			.and(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER.eq(providerRegistrationNumber))).stream().findFirst();
	}

	/** The organisation's registrations, most recently changed first. */
	public List<Deployment> listOwn(OrganisationId organisation) {
		return own(DEPLOYMENT.ORGANISATION_ID.eq(organisation.value()));
	}

	private List<Deployment> own(Condition condition) {
		return dsl.select(DEPLOYMENT.DEPLOYMENT_ID, DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER, SYSTEM_NAME,
				DEPLOYMENT.RESTRICTED, DEPLOYMENT.DRAFT_DATA, DEPLOYMENT.PUBLISHED_VERSION, DEPLOYMENT.DRAFT_CHANGED,
				DEPLOYMENT.PROVIDER_STATUS, DEPLOYMENT.UPDATED_AT, DEPLOYMENT.LOCK_VERSION)
			.from(DEPLOYMENT)
			.where(condition)
			.orderBy(DEPLOYMENT.UPDATED_AT.desc())
			.fetch(record -> new Deployment(new DeploymentId(record.value1()), record.value2(),
					record.value3() == null ? record.value2() : record.value3(), Boolean.TRUE.equals(record.value4()),
					codec.deployment(record.value5()), record.value6(), Boolean.TRUE.equals(record.value7()),
					status(record.value8()), record.value9().toInstant(), record.value10()));
	}

	/**
	 * Stores a new working copy if nobody else saved since {@code expectedLockVersion}.
	 * @return whether the row was updated
	 */
	public boolean updateDraft(DeploymentId id, OrganisationId organisation, long expectedLockVersion,
			DeploymentData data, OffsetDateTime now) {
		return dsl.update(DEPLOYMENT)
			.set(DEPLOYMENT.DRAFT_DATA, codec.toJson(data))
			.set(DEPLOYMENT.DRAFT_CHANGED, true)
			.set(DEPLOYMENT.LOCK_VERSION, DEPLOYMENT.LOCK_VERSION.plus(1))
			.set(DEPLOYMENT.UPDATED_AT, now)
			.where(DEPLOYMENT.DEPLOYMENT_ID.eq(id.value()))
			.and(DEPLOYMENT.ORGANISATION_ID.eq(organisation.value()))
			.and(DEPLOYMENT.LOCK_VERSION.eq(expectedLockVersion))
			.execute() == 1;
	}

	/**
	 * Freezes the working copy as public version {@code version} if nobody else saved
	 * since it was read.
	 * @return whether the version was written
	 */
	public boolean insertVersion(Deployment draft, OrganisationId organisation, int version, String changeSummary,
			UserId publishedBy, OffsetDateTime now) {
		int updated = dsl.update(DEPLOYMENT)
			.set(DEPLOYMENT.PUBLISHED_VERSION, version)
			.set(DEPLOYMENT.DRAFT_CHANGED, false)
			.set(DEPLOYMENT.LOCK_VERSION, DEPLOYMENT.LOCK_VERSION.plus(1))
			.set(DEPLOYMENT.UPDATED_AT, now)
			.where(DEPLOYMENT.DEPLOYMENT_ID.eq(draft.id().value()))
			.and(DEPLOYMENT.ORGANISATION_ID.eq(organisation.value()))
			.and(DEPLOYMENT.LOCK_VERSION.eq(draft.lockVersion()))
			.execute();
		if (updated != 1) {
			return false;
		}
		String json = codec.toJson(draft.data());
		dsl.insertInto(DEPLOYMENT_VERSION)
			.set(DEPLOYMENT_VERSION.DEPLOYMENT_ID, draft.id().value())
			.set(DEPLOYMENT_VERSION.VERSION_NUMBER, version)
			.set(DEPLOYMENT_VERSION.DATA, json)
			.set(DEPLOYMENT_VERSION.CHANGE_SUMMARY, changeSummary.isBlank() ? null : changeSummary)
			.set(DEPLOYMENT_VERSION.CONTENT_SHA256, DeploymentCodec.sha256(json))
			.set(DEPLOYMENT_VERSION.PUBLISHED_AT, now)
			.set(DEPLOYMENT_VERSION.PUBLISHED_BY, publishedBy.value())
			.execute();
		return true;
	}

	public Optional<PublicDeployment> findLatest(DeploymentId id) {
		return publicDeployments(DEPLOYMENT_VERSION.VERSION_NUMBER.eq(DEPLOYMENT.PUBLISHED_VERSION))
			.where(DEPLOYMENT.DEPLOYMENT_ID.eq(id.value()))
			.fetchOptional(this::toPublic);
	}

	public Optional<PublicDeployment> findVersion(DeploymentId id, int version) {
		return publicDeployments(DEPLOYMENT_VERSION.VERSION_NUMBER.eq(version))
			.where(DEPLOYMENT.DEPLOYMENT_ID.eq(id.value()))
			.fetchOptional(this::toPublic);
	}

	public List<DeploymentVersionSummary> history(DeploymentId id) {
		return dsl
			.select(DEPLOYMENT_VERSION.VERSION_NUMBER, DEPLOYMENT_VERSION.PUBLISHED_AT,
					DEPLOYMENT_VERSION.CHANGE_SUMMARY, DEPLOYMENT_VERSION.CONTENT_SHA256)
			.from(DEPLOYMENT_VERSION)
			.join(DEPLOYMENT)
			.on(DEPLOYMENT.DEPLOYMENT_ID.eq(DEPLOYMENT_VERSION.DEPLOYMENT_ID))
			.where(DEPLOYMENT.DEPLOYMENT_ID.eq(id.value()))
			.and(DEPLOYMENT.RESTRICTED.isFalse())
			.orderBy(DEPLOYMENT_VERSION.VERSION_NUMBER.desc())
			.fetch(record -> new DeploymentVersionSummary(record.value1(), record.value2().toInstant(),
					record.value3() == null ? "" : record.value3(), record.value4()));
	}

	/** Latest public versions of the registrations linking to the provider's entry. */
	public List<DeployerOfSystem> deployersOf(String providerRegistrationNumber) {
		return publicDeployments(DEPLOYMENT_VERSION.VERSION_NUMBER.eq(DEPLOYMENT.PUBLISHED_VERSION))
			.where(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER.eq(providerRegistrationNumber))
			.orderBy(DEPLOYER.LEGAL_NAME, DEPLOYMENT.DEPLOYMENT_ID)
			.fetch(this::toPublic)
			.stream()
			.map(deployment -> new DeployerOfSystem(deployment.id(), deployment.deployerId(), deployment.deployerName(),
					deployment.data().friaSummary()))
			.toList();
	}

	/** {@link #deployersOf(String)} for several systems in one query, by system. */
	public Map<String, List<DeployerOfSystem>> deployersOf(Collection<String> providerRegistrationNumbers) {
		if (providerRegistrationNumbers.isEmpty()) {
			return Map.of();
		}
		Map<String, List<DeployerOfSystem>> bySystem = new HashMap<>();
		publicDeployments(DEPLOYMENT_VERSION.VERSION_NUMBER.eq(DEPLOYMENT.PUBLISHED_VERSION))
			.where(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER.in(providerRegistrationNumbers))
			.orderBy(DEPLOYER.LEGAL_NAME, DEPLOYMENT.DEPLOYMENT_ID)
			.fetch(this::toPublic)
			.forEach(deployment -> bySystem
				.computeIfAbsent(deployment.providerRegistrationNumber(), number -> new ArrayList<>())
				.add(new DeployerOfSystem(deployment.id(), deployment.deployerId(), deployment.deployerName(),
						deployment.data().friaSummary())));
		return bySystem;
	}

	public Optional<PublicDeployer> deployer(OrganisationId id) {
		List<PublicDeployment> uses = publicDeployments(
				DEPLOYMENT_VERSION.VERSION_NUMBER.eq(DEPLOYMENT.PUBLISHED_VERSION))
			.where(DEPLOYMENT.ORGANISATION_ID.eq(id.value()))
			.orderBy(SYSTEM_NAME, DEPLOYMENT.DEPLOYMENT_ID)
			.fetch(this::toPublic);
		if (uses.isEmpty()) {
			return Optional.empty();
		}
		return dsl.select(ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(id.value()))
			.fetchOptional(record -> new PublicDeployer(id, record.value1(), record.value2(), uses));
	}

	private SelectOnConditionStep<? extends Record> publicDeployments(Condition versionCondition) {
		return dsl
			.select(DEPLOYMENT.DEPLOYMENT_ID, DEPLOYMENT.ORGANISATION_ID, DEPLOYER.LEGAL_NAME,
					DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER, SYSTEM_NAME, PROVIDER_NAME,
					DEPLOYMENT_VERSION.VERSION_NUMBER, DEPLOYMENT.PUBLISHED_VERSION, DEPLOYMENT_VERSION.DATA,
					DEPLOYMENT_VERSION.CHANGE_SUMMARY, FIRST_PUBLISHED_AT, DEPLOYMENT_VERSION.PUBLISHED_AT,
					DEPLOYMENT_VERSION.CONTENT_SHA256, DEPLOYMENT.PROVIDER_STATUS,
					DEPLOYMENT.PROVIDER_STATUS_CHANGED_AT)
			.from(DEPLOYMENT)
			.join(DEPLOYER)
			.on(DEPLOYER.ORGANISATION_ID.eq(DEPLOYMENT.ORGANISATION_ID))
			.join(DEPLOYMENT_VERSION)
			// Art 49(4): registrations in the non-public section never reach public reads
			.on(DEPLOYMENT_VERSION.DEPLOYMENT_ID.eq(DEPLOYMENT.DEPLOYMENT_ID)
				.and(versionCondition)
				.and(DEPLOYMENT.RESTRICTED.isFalse()));
	}

	private PublicDeployment toPublic(Record record) {
		String registrationNumber = record.get(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER);
		String systemName = record.get(SYSTEM_NAME);
		String providerName = record.get(PROVIDER_NAME);
		OffsetDateTime changedAt = record.get(DEPLOYMENT.PROVIDER_STATUS_CHANGED_AT);
		String summary = record.get(DEPLOYMENT_VERSION.CHANGE_SUMMARY);
		return new PublicDeployment(new DeploymentId(record.get(DEPLOYMENT.DEPLOYMENT_ID)),
				new OrganisationId(record.get(DEPLOYMENT.ORGANISATION_ID)), record.get(DEPLOYER.LEGAL_NAME),
				registrationNumber, systemName == null ? registrationNumber : systemName,
				providerName == null ? "" : providerName, record.get(DEPLOYMENT_VERSION.VERSION_NUMBER),
				record.get(DEPLOYMENT.PUBLISHED_VERSION), codec.deployment(record.get(DEPLOYMENT_VERSION.DATA)),
				summary == null ? "" : summary, record.get(FIRST_PUBLISHED_AT).toInstant(),
				record.get(DEPLOYMENT_VERSION.PUBLISHED_AT).toInstant(), record.get(DEPLOYMENT_VERSION.CONTENT_SHA256),
				status(record.get(DEPLOYMENT.PROVIDER_STATUS)), changedAt == null ? null : changedAt.toInstant());
	}

	/** A deployer to tell about a change of the provider's status. */
	public record AffectedDeployer(DeploymentId deploymentId, String deployerName, @Nullable String email,
			String systemName, @Nullable String country) {
	}

	/**
	 * Records the provider's new status on every registration linking to the entry whose
	 * status differs.
	 * @return the deployers whose registrations changed
	 */
	public List<AffectedDeployer> updateProviderStatus(String providerRegistrationNumber, EntryStatus status,
			OffsetDateTime now) {
		Condition differs = DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER.eq(providerRegistrationNumber)
			.and(DEPLOYMENT.PROVIDER_STATUS.isNull().or(DEPLOYMENT.PROVIDER_STATUS.ne(status.name())));
		List<AffectedDeployer> affected = dsl
			.select(DEPLOYMENT.DEPLOYMENT_ID, DEPLOYER.LEGAL_NAME, DEPLOYER.FUNCTIONAL_EMAIL, SYSTEM_NAME,
					DEPLOYER.COUNTRY)
			.from(DEPLOYMENT)
			.join(DEPLOYER)
			.on(DEPLOYER.ORGANISATION_ID.eq(DEPLOYMENT.ORGANISATION_ID))
			.where(differs)
			.fetch(record -> new AffectedDeployer(new DeploymentId(record.get(DEPLOYMENT.DEPLOYMENT_ID)),
					record.get(DEPLOYER.LEGAL_NAME), record.get(DEPLOYER.FUNCTIONAL_EMAIL),
					record.get(SYSTEM_NAME) == null ? providerRegistrationNumber : record.get(SYSTEM_NAME),
					record.get(DEPLOYER.COUNTRY)));
		dsl.update(DEPLOYMENT)
			.set(DEPLOYMENT.PROVIDER_STATUS, status.name())
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
			.where(ORGANISATION.ORGANISATION_ID.eq(organisation.value()))
			.fetchOptional(record -> new Contact(record.value1() == null ? "" : record.value1(),
					record.value2() == null ? "" : record.value2()));
	}

	/** Approved provider organisations, by name (recipients of notices). */
	public List<ProviderOption> providers() {
		return dsl.select(ORGANISATION.ORGANISATION_ID, ORGANISATION.LEGAL_NAME, ORGANISATION.COUNTRY)
			.from(ORGANISATION)
			.where(ORGANISATION.ROLES.contains("PROVIDER"))
			.and(ORGANISATION.STATUS.eq("ACTIVE"))
			.orderBy(ORGANISATION.LEGAL_NAME, ORGANISATION.ORGANISATION_ID)
			.fetch(record -> new ProviderOption(new OrganisationId(record.value1()), record.value2(), record.value3()));
	}

	public Optional<String> functionalEmail(OrganisationId organisation) {
		return dsl.select(ORGANISATION.FUNCTIONAL_EMAIL)
			.from(ORGANISATION)
			.where(ORGANISATION.ORGANISATION_ID.eq(organisation.value()))
			.fetchOptional(ORGANISATION.FUNCTIONAL_EMAIL);
	}

	public void insertNotice(UUID id, OrganisationId provider, OrganisationId deployer, String system, String message,
			OffsetDateTime now) {
		dsl.insertInto(PROVIDER_NOTICE)
			.set(PROVIDER_NOTICE.NOTICE_ID, id)
			.set(PROVIDER_NOTICE.PROVIDER_ORGANISATION_ID, provider.value())
			.set(PROVIDER_NOTICE.DEPLOYER_ORGANISATION_ID, deployer.value())
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
			.where(PROVIDER_NOTICE.PROVIDER_ORGANISATION_ID.eq(provider.value()))
			.orderBy(PROVIDER_NOTICE.SENT_AT.desc())
			.fetch(record -> new ProviderNotice(record.value1(), record.value2(), record.value3(), record.value4(),
					record.value5().toInstant()));
	}

	private static @Nullable EntryStatus status(@Nullable String value) {
		return value == null ? null : EntryStatus.valueOf(value);
	}

}
