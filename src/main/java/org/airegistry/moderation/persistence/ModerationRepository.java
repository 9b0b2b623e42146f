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
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads and writes the regulator's moderation actions. */
@Repository
public class ModerationRepository {

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
			.set(MODERATION_ACTION.ORGANISATION_ID, organisation.value())
			.set(MODERATION_ACTION.KIND, kind.name())
			.set(MODERATION_ACTION.NOTICE, notice)
			.set(MODERATION_ACTION.DUE_DATE, dueDate)
			.set(MODERATION_ACTION.CREATED_BY, by.value())
			.set(MODERATION_ACTION.CREATED_AT, now)
			.execute();
		return id;
	}

	/** Closes an open action; false if there was none open with that id. */
	public boolean close(UUID id, UserId by, Instant now) {
		return dsl.update(MODERATION_ACTION)
			.set(MODERATION_ACTION.CLOSED_BY, by.value())
			.set(MODERATION_ACTION.CLOSED_AT, now)
			.where(MODERATION_ACTION.ACTION_ID.eq(id))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.execute() == 1;
	}

	public Optional<ModerationAction> byId(UUID id) {
		return dsl.selectFrom(MODERATION_ACTION)
			.where(MODERATION_ACTION.ACTION_ID.eq(id))
			.fetchOptional(ModerationRepository::toAction);
	}

	/** All actions on an entry, newest first. */
	public List<ModerationAction> ofEntry(String registrationNumber) {
		return dsl.selectFrom(MODERATION_ACTION)
			.where(MODERATION_ACTION.REGISTRATION_NUMBER.eq(registrationNumber))
			.orderBy(MODERATION_ACTION.CREATED_AT.desc())
			.fetch(ModerationRepository::toAction);
	}

	/** Open actions of one kind on an entry, newest first. */
	public List<ModerationAction> openOfEntry(String registrationNumber, ModerationKind kind) {
		return dsl.selectFrom(MODERATION_ACTION)
			.where(MODERATION_ACTION.REGISTRATION_NUMBER.eq(registrationNumber))
			.and(MODERATION_ACTION.KIND.eq(kind.name()))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.orderBy(MODERATION_ACTION.CREATED_AT.desc())
			.fetch(ModerationRepository::toAction);
	}

	/** Open actions of one kind on an organisation's entries, newest first. */
	public List<ModerationAction> openOfOrganisation(OrganisationId organisation, ModerationKind kind) {
		return dsl.selectFrom(MODERATION_ACTION)
			.where(MODERATION_ACTION.ORGANISATION_ID.eq(organisation.value()))
			.and(MODERATION_ACTION.KIND.eq(kind.name()))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.orderBy(MODERATION_ACTION.CREATED_AT.desc())
			.fetch(ModerationRepository::toAction);
	}

	/** Every open action on an organisation's entries, newest first. */
	public List<ModerationAction> openOfOrganisation(OrganisationId organisation) {
		return dsl.selectFrom(MODERATION_ACTION)
			.where(MODERATION_ACTION.ORGANISATION_ID.eq(organisation.value()))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.orderBy(MODERATION_ACTION.CREATED_AT.desc())
			.fetch(ModerationRepository::toAction);
	}

	/** The organisation whose entry an action concerns. */
	public Optional<OrganisationId> organisationOf(UUID id) {
		return dsl.select(MODERATION_ACTION.ORGANISATION_ID)
			.from(MODERATION_ACTION)
			.where(MODERATION_ACTION.ACTION_ID.eq(id))
			.fetchOptional(record -> new OrganisationId(record.get(MODERATION_ACTION.ORGANISATION_ID)));
	}

	/** Open actions of one kind on any entry, oldest due date (then oldest) first. */
	public List<ModerationAction> open(ModerationKind kind, int limit) {
		return dsl.selectFrom(MODERATION_ACTION)
			.where(MODERATION_ACTION.KIND.eq(kind.name()))
			.and(MODERATION_ACTION.CLOSED_AT.isNull())
			.orderBy(MODERATION_ACTION.DUE_DATE.asc().nullsLast(), MODERATION_ACTION.CREATED_AT.asc())
			.limit(limit)
			.fetch(ModerationRepository::toAction);
	}

	public int countOpen(ModerationKind kind) {
		return dsl.fetchCount(MODERATION_ACTION,
				MODERATION_ACTION.KIND.eq(kind.name()).and(MODERATION_ACTION.CLOSED_AT.isNull()));
	}

	public int countOverdue(LocalDate today) {
		return dsl.fetchCount(MODERATION_ACTION,
				MODERATION_ACTION.KIND.eq(ModerationKind.CORRECTION_REQUEST.name())
					.and(MODERATION_ACTION.CLOSED_AT.isNull())
					.and(MODERATION_ACTION.DUE_DATE.lt(today)));
	}

	private static ModerationAction toAction(Record record) {
		var r = record.into(MODERATION_ACTION);
		return new ModerationAction(r.getActionId(), r.getRegistrationNumber(), ModerationKind.valueOf(r.getKind()),
				r.getNotice(), r.getDueDate(), r.getCreatedAt(), r.getClosedAt() == null ? null : r.getClosedAt());
	}

}
