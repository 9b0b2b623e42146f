package org.airegistry.deployment.persistence;

import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.FRIA;
import static org.airegistry.db.Tables.FRIA_NOTIFICATION;
import static org.airegistry.db.Tables.ORGANISATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaData;
import org.airegistry.deployment.FriaId;
import org.airegistry.deployment.FriaNotification;
import org.airegistry.deployment.FriaState;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Records;
import org.airegistry.publication.Visibility;
import org.airegistry.publication.store.PublicationTables;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes fundamental-rights impact assessments and their notifications to the
 * market surveillance authority.
 */
@Repository
public class FriaRepository {

	private static final Field<String> SYSTEM_NAME = DSL
		.field(DSL.select(AI_SYSTEM_VERSION.TRADE_NAME)
			.from(AI_SYSTEM_VERSION)
			.join(AI_SYSTEM)
			.on(AI_SYSTEM.AI_SYSTEM_ID.eq(AI_SYSTEM_VERSION.AI_SYSTEM_ID))
			.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(FRIA.PROVIDER_REGISTRATION_NUMBER))
			.and(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION)))
		.as("system_name");

	private final DSLContext dsl;

	FriaRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public void insert(Fria fria, Instant now) {
		dsl.insertInto(FRIA)
			.set(IdColumns.FRIA_ID, fria.id())
			.set(IdColumns.FRIA_DEPLOYER_ID, fria.deployer())
			.set(FRIA.PROVIDER_REGISTRATION_NUMBER, fria.providerRegistrationNumber())
			.set(EnumColumns.FRIA_STATE, fria.state())
			.set(FRIA.ASSESSMENT_VERSION, fria.assessmentVersion())
			.set(FRIA.NOTIFIED_VERSION, fria.notifiedVersion())
			.set(FRIA.DATA, CanonicalJson.write(fria.data()))
			.set(FRIA.LOCK_VERSION, 0L)
			.set(FRIA.CREATED_AT, now)
			.set(FRIA.UPDATED_AT, now)
			.execute();
	}

	public Optional<Fria> findOwn(FriaId id, OrganisationId organisation) {
		return find(IdColumns.FRIA_ID.eq(id).and(IdColumns.FRIA_DEPLOYER_ID.eq(organisation))).stream().findFirst();
	}

	public Optional<Fria> findOwnBySystem(OrganisationId organisation, String providerRegistrationNumber) {
		return find(IdColumns.FRIA_DEPLOYER_ID.eq(organisation)
			.and(FRIA.PROVIDER_REGISTRATION_NUMBER.eq(providerRegistrationNumber))).stream().findFirst();
	}

	public List<Fria> listOwn(OrganisationId organisation) {
		return find(IdColumns.FRIA_DEPLOYER_ID.eq(organisation));
	}

	private List<Fria> find(Condition condition) {
		return dsl
			.select(IdColumns.FRIA_ID, IdColumns.FRIA_DEPLOYER_ID, FRIA.PROVIDER_REGISTRATION_NUMBER,
					EnumColumns.FRIA_STATE, FRIA.ASSESSMENT_VERSION, FRIA.NOTIFIED_VERSION, FRIA.DATA,
					FRIA.COMPLETED_AT, FRIA.NOTIFIED_AT, FRIA.LOCK_VERSION, FRIA.FIRST_COMPLETED_AT)
			.from(FRIA)
			.where(condition)
			.orderBy(FRIA.UPDATED_AT.desc())
			.fetch(Records.mapping((friaId, organisationId, providerRegistrationNumber, state, assessmentVersion,
					notifiedVersion, data, completedAt, notifiedAt, lockVersion, firstCompletedAt) -> new Fria(friaId,
							organisationId, providerRegistrationNumber, state, assessmentVersion, notifiedVersion,
							CanonicalJson.read(data, FriaData.class), completedAt, notifiedAt, lockVersion,
							firstCompletedAt)));
	}

	/**
	 * Stores the assessment's new state and content if nobody changed it since it was
	 * read ({@link Fria#lockVersion()}).
	 * @return whether the row was updated
	 */
	public boolean update(Fria fria, Instant now) {
		return dsl.update(FRIA)
			.set(EnumColumns.FRIA_STATE, fria.state())
			.set(FRIA.ASSESSMENT_VERSION, fria.assessmentVersion())
			.set(FRIA.NOTIFIED_VERSION, fria.notifiedVersion())
			.set(FRIA.DATA, CanonicalJson.write(fria.data()))
			.set(FRIA.COMPLETED_AT, fria.completedAt())
			.set(FRIA.NOTIFIED_AT, fria.notifiedAt())
			.set(FRIA.FIRST_COMPLETED_AT, fria.firstCompletedAt())
			.set(FRIA.LOCK_VERSION, FRIA.LOCK_VERSION.plus(1))
			.set(FRIA.UPDATED_AT, now)
			.where(IdColumns.FRIA_ID.eq(fria.id()))
			.and(IdColumns.FRIA_DEPLOYER_ID.eq(fria.deployer()))
			.and(FRIA.LOCK_VERSION.eq(fria.lockVersion()))
			.execute() == 1;
	}

	/** Freezes the notified version as the authority receives it. */
	public void insertNotification(Fria fria, UserId notifiedBy, Instant now) {
		String json = CanonicalJson.write(fria.data());
		dsl.insertInto(FRIA_NOTIFICATION)
			.set(FRIA_NOTIFICATION.NOTIFICATION_ID, UUID.randomUUID())
			.set(IdColumns.NOTIFICATION_FRIA_ID, fria.id())
			.set(FRIA_NOTIFICATION.ASSESSMENT_VERSION, fria.assessmentVersion())
			.set(FRIA_NOTIFICATION.DATA, json)
			.set(FRIA_NOTIFICATION.CONTENT_SHA256, CanonicalJson.sha256(json))
			.set(FRIA_NOTIFICATION.NOTIFIED_AT, now)
			.set(IdColumns.NOTIFIED_BY, notifiedBy)
			.execute();
	}

	/**
	 * Notifications of deployers seated in the country, newest first (the inbox of that
	 * Member State's authority, Art 27(3)); those about a system in the non-public
	 * section (Art 49(4)) only when asked for.
	 */
	public List<FriaNotification> notificationsTo(String country, int limit, boolean nonPublicToo) {
		return notifications(ORGANISATION.COUNTRY.eq(country).and(systemListedFor(nonPublicToo)), limit);
	}

	/**
	 * One notification of a deployer seated in the country; about a system in the
	 * non-public section only when asked for.
	 */
	public Optional<FriaNotification> notification(UUID id, String country, boolean nonPublicToo) {
		return notifications(FRIA_NOTIFICATION.NOTIFICATION_ID.eq(id)
			.and(ORGANISATION.COUNTRY.eq(country))
			.and(systemListedFor(nonPublicToo)), 1).stream().findFirst();
	}

	/**
	 * Every assessment for a reader of the non-public section, else those about systems
	 * that are not in it now (Art 49(4), DD075).
	 */
	private static Condition systemListedFor(boolean nonPublicToo) {
		return nonPublicToo ? DSL.noCondition()
				: DSL.notExists(DSL.selectOne()
					.from(AI_SYSTEM)
					.where(AI_SYSTEM.REGISTRATION_NUMBER.eq(FRIA.PROVIDER_REGISTRATION_NUMBER))
					.and(PublicationTables.visibility(AI_SYSTEM.VISIBILITY).eq(Visibility.RESTRICTED)));
	}

	/** The notifications of one assessment, newest first. */
	public List<FriaNotification> notificationsOf(FriaId id) {
		return notifications(IdColumns.NOTIFICATION_FRIA_ID.eq(id), 100);
	}

	private List<FriaNotification> notifications(Condition condition, int limit) {
		return dsl
			.select(FRIA_NOTIFICATION.NOTIFICATION_ID, IdColumns.NOTIFICATION_FRIA_ID, ORGANISATION.LEGAL_NAME,
					FRIA.PROVIDER_REGISTRATION_NUMBER, SYSTEM_NAME, FRIA_NOTIFICATION.ASSESSMENT_VERSION,
					FRIA_NOTIFICATION.DATA, FRIA_NOTIFICATION.CONTENT_SHA256, FRIA_NOTIFICATION.NOTIFIED_AT,
					FRIA_NOTIFICATION.ACKNOWLEDGED_AT)
			.from(FRIA_NOTIFICATION)
			.join(FRIA)
			.on(FRIA.FRIA_ID.eq(FRIA_NOTIFICATION.FRIA_ID))
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(FRIA.ORGANISATION_ID))
			.where(condition)
			.orderBy(FRIA_NOTIFICATION.NOTIFIED_AT.desc(), FRIA_NOTIFICATION.NOTIFICATION_ID)
			.limit(limit)
			.fetch(Records
				.mapping((notificationId, friaId, legalName, providerRegistrationNumber, systemName, assessmentVersion,
						data, contentSha256, notifiedAt, acknowledgedAt) -> new FriaNotification(notificationId, friaId,
								legalName, providerRegistrationNumber,
								systemName == null ? providerRegistrationNumber : systemName, assessmentVersion,
								CanonicalJson.read(data, FriaData.class), contentSha256, notifiedAt, acknowledgedAt)));
	}

	/** The deployer organisation that sent a notification. */
	public Optional<OrganisationId> deployerOf(UUID notificationId) {
		return dsl.select(IdColumns.FRIA_DEPLOYER_ID)
			.from(FRIA_NOTIFICATION)
			.join(FRIA)
			.on(FRIA.FRIA_ID.eq(FRIA_NOTIFICATION.FRIA_ID))
			.where(FRIA_NOTIFICATION.NOTIFICATION_ID.eq(notificationId))
			.fetchOptional(IdColumns.FRIA_DEPLOYER_ID);
	}

	/**
	 * @return whether the notification was open and is now acknowledged
	 */
	public boolean acknowledge(UUID id, UserId by, Instant now) {
		return dsl.update(FRIA_NOTIFICATION)
			.set(FRIA_NOTIFICATION.ACKNOWLEDGED_AT, now)
			.set(IdColumns.ACKNOWLEDGED_BY, by)
			.where(FRIA_NOTIFICATION.NOTIFICATION_ID.eq(id))
			.and(FRIA_NOTIFICATION.ACKNOWLEDGED_AT.isNull())
			.execute() == 1;
	}

}
