package org.airegistry.moderation.persistence;

import static org.airegistry.db.Tables.MODERATION_ACTION;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.moderation.ModerationAction;
import org.airegistry.moderation.ModerationKind;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.airegistry.db.SharedIds;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.EnumConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads and writes the regulator's moderation actions. */
@Repository
public class ModerationRepository {

	/** The kind column, read and written as the enum (DD026). */
	private static final Field<ModerationKind> KIND = MODERATION_ACTION.KIND
		.convert(new EnumConverter<>(String.class, ModerationKind.class));

	/** The id columns, read and written as the typed ids (DD026). */
	private static final Field<OrganisationId> ORGANISATION_ID = MODERATION_ACTION.ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	private static final Field<UserId> CREATED_BY = MODERATION_ACTION.CREATED_BY.convert(SharedIds.USER);

	private static final Field<UserId> CLOSED_BY = MODERATION_ACTION.CLOSED_BY.convert(SharedIds.USER);

	private final DSLContext dsl;

	ModerationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public UUID insert(String registrationNumber, OrganisationId organisation, ModerationKind kind, String notice,
			@Nullable LocalDate dueDate, UserId by, Instant now) {
		UUID id = UUID.randomUUID();
		dsl.insertInto(MODERATION_ACTION)
			.set(MODERATION_ACTION.ACTION_ID, id)
			.set(MODERATION_ACTION.REGISTRATION_NUMBER, registrationNumber)
			.set(ORGANISATION_ID, organisation)
			.set(KIND, kind)
			.set(MODERATION_ACTION.NOTICE, notice)
			.set(MODERATION_ACTION.DUE_DATE, dueDate)
			.set(CREATED_BY, by)
			.set(MODERATION_ACTION.CREATED_AT, now)
			.execute();
		return id;
	}

	/** Closes an open action; false if there was none open with that id. */
	public boolean close(UUID id, UserId by, Instant now) {
		return dsl.update(MODERATION_ACTION)
			.set(CLOSED_BY, by)
			.set(MODERATION_ACTION.CLOSED_AT, now)
			.where(MODERATION_ACTION.ACTION_ID.eq(id))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.execute() == 1;
	}

	public Optional<ModerationAction> byId(UUID id) {
		return actions().where(MODERATION_ACTION.ACTION_ID.eq(id))
			.fetchOptional(Records.mapping(ModerationAction::new));
	}

	/** All actions on an entry, newest first. */
	public List<ModerationAction> ofEntry(String registrationNumber) {
		return actions().where(MODERATION_ACTION.REGISTRATION_NUMBER.eq(registrationNumber))
			.orderBy(MODERATION_ACTION.CREATED_AT.desc())
			.fetch(Records.mapping(ModerationAction::new));
	}

	/** Open actions of one kind on an entry, newest first. */
	public List<ModerationAction> openOfEntry(String registrationNumber, ModerationKind kind) {
		return actions().where(MODERATION_ACTION.REGISTRATION_NUMBER.eq(registrationNumber))
			.and(KIND.eq(kind))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.orderBy(MODERATION_ACTION.CREATED_AT.desc())
			.fetch(Records.mapping(ModerationAction::new));
	}

	/** Open actions of one kind on an organisation's entries, newest first. */
	public List<ModerationAction> openOfOrganisation(OrganisationId organisation, ModerationKind kind) {
		return actions().where(ORGANISATION_ID.eq(organisation))
			.and(KIND.eq(kind))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.orderBy(MODERATION_ACTION.CREATED_AT.desc())
			.fetch(Records.mapping(ModerationAction::new));
	}

	/** Every open action on an organisation's entries, newest first. */
	public List<ModerationAction> openOfOrganisation(OrganisationId organisation) {
		return actions().where(ORGANISATION_ID.eq(organisation))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.orderBy(MODERATION_ACTION.CREATED_AT.desc())
			.fetch(Records.mapping(ModerationAction::new));
	}

	/** The organisation whose entry an action concerns. */
	public Optional<OrganisationId> organisationOf(UUID id) {
		return dsl.select(ORGANISATION_ID)
			.from(MODERATION_ACTION)
			.where(MODERATION_ACTION.ACTION_ID.eq(id))
			.fetchOptional(ORGANISATION_ID);
	}

	/** Open actions of one kind on any entry, oldest due date (then oldest) first. */
	public List<ModerationAction> open(ModerationKind kind) {
		return actions().where(KIND.eq(kind))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.orderBy(MODERATION_ACTION.DUE_DATE.asc().nullsLast(), MODERATION_ACTION.CREATED_AT.asc())
			.fetch(Records.mapping(ModerationAction::new));
	}

	/** The columns of {@link ModerationAction}, in its order. */
	private SelectJoinStep<Record7<UUID, String, ModerationKind, String, LocalDate, Instant, Instant>> actions() {
		return dsl
			.select(MODERATION_ACTION.ACTION_ID, MODERATION_ACTION.REGISTRATION_NUMBER, KIND, MODERATION_ACTION.NOTICE,
					MODERATION_ACTION.DUE_DATE, MODERATION_ACTION.CREATED_AT, MODERATION_ACTION.CLOSED_AT)
			.from(MODERATION_ACTION);
	}

}
