package org.airegistry.publication.persistence;

import static org.airegistry.db.Tables.RECORD_CONFIRMATION;
import static org.airegistry.db.Tables.RECORD_REVIEW_REMINDER;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.db.SharedIds;
import org.airegistry.publication.RecordId;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The providers' confirmations that a record is still accurate (no new version). */
@Repository
public class ConfirmationRepository {

	/** The id columns, read and written as the typed ids (DD026). */
	private static final Field<OrganisationId> ORGANISATION_ID = RECORD_CONFIRMATION.ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	private static final Field<UserId> CONFIRMED_BY = RECORD_CONFIRMATION.CONFIRMED_BY.convert(SharedIds.USER);

	private final DSLContext dsl;

	ConfirmationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public void insert(String kind, RecordId record, OrganisationId owner, UserId by, Instant at) {
		dsl.insertInto(RECORD_CONFIRMATION)
			.set(RECORD_CONFIRMATION.CONFIRMATION_ID, UUID.randomUUID())
			.set(RECORD_CONFIRMATION.RECORD_KIND, kind)
			.set(RECORD_CONFIRMATION.RECORD_ID, uuid(record))
			.set(ORGANISATION_ID, owner)
			.set(CONFIRMED_BY, by)
			.set(RECORD_CONFIRMATION.CONFIRMED_AT, at)
			.execute();
	}

	/**
	 * Notes that the owner was reminded of the review due on the day.
	 * @return whether this is the first reminder for that due date
	 */
	public boolean insertReminder(String kind, RecordId record, LocalDate dueOn, Instant at) {
		return dsl.insertInto(RECORD_REVIEW_REMINDER)
			.set(RECORD_REVIEW_REMINDER.RECORD_KIND, kind)
			.set(RECORD_REVIEW_REMINDER.RECORD_ID, uuid(record))
			.set(RECORD_REVIEW_REMINDER.DUE_ON, dueOn)
			.set(RECORD_REVIEW_REMINDER.SENT_AT, at)
			.onDuplicateKeyIgnore()
			.execute() == 1;
	}

	/** When the record was last confirmed, if ever. */
	public Optional<Instant> latest(String kind, RecordId record) {
		return dsl.select(DSL.max(RECORD_CONFIRMATION.CONFIRMED_AT))
			.from(RECORD_CONFIRMATION)
			.where(RECORD_CONFIRMATION.RECORD_KIND.eq(kind), RECORD_CONFIRMATION.RECORD_ID.eq(uuid(record)))
			.fetchOptional(0, Instant.class);
	}

	/**
	 * When a record of the kind was last confirmed, as a field correlated with the kind's
	 * record id column (for the review queries of every kind).
	 */
	public Field<Instant> latest(String kind, Field<? extends RecordId> record) {
		return DSL.field(DSL.select(DSL.max(RECORD_CONFIRMATION.CONFIRMED_AT))
			.from(RECORD_CONFIRMATION)
			.where(RECORD_CONFIRMATION.RECORD_KIND.eq(kind),
					RECORD_CONFIRMATION.RECORD_ID.eq(record.coerce(UUID.class))));
	}

	/**
	 * Whether a record of the kind was confirmed at or after the instant, as a condition
	 * correlated with the kind's record id column: the review queries' filter, which the
	 * database answers by the confirmations' index instead of computing every record's
	 * latest confirmation first.
	 */
	public Condition confirmedSince(String kind, Field<? extends RecordId> record, Instant since) {
		return DSL.exists(DSL.selectOne()
			.from(RECORD_CONFIRMATION)
			.where(RECORD_CONFIRMATION.RECORD_KIND.eq(kind),
					RECORD_CONFIRMATION.RECORD_ID.eq(record.coerce(UUID.class)),
					RECORD_CONFIRMATION.CONFIRMED_AT.ge(since)));
	}

	/**
	 * The record's UUID: the confirmations of every kind share one table, keyed by the
	 * kind's name and the record's UUID, so no kind's converter applies here.
	 */
	private static UUID uuid(RecordId record) {
		return record.value();
	}

}
