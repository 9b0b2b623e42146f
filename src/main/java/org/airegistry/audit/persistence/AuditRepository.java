package org.airegistry.audit.persistence;

import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AUDIT_CHAIN_HEAD;
import static org.airegistry.db.Tables.AUDIT_EVENT;
import static org.airegistry.db.Tables.DEPLOYMENT;
import static org.airegistry.db.Tables.REPRESENTATIVE_MANDATE;
import static org.airegistry.db.Tables.TEST_PLAN;

import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditRecord;
import org.airegistry.audit.ChainReport;
import org.airegistry.db.SharedIds;
import org.airegistry.db.tables.records.AuditEventRecord;
import org.airegistry.publication.Visibility;
import org.airegistry.publication.store.PublicationTables;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Appends to and reads the audit table; there is deliberately no update and no delete.
 */
@Repository
public class AuditRepository {

	/**
	 * The legal reference of records made under Art 49(4) (also {@code Art 49(4)(d)},
	 * test plans in the secure section).
	 */
	public static final String NON_PUBLIC_REFERENCE = "Art 49(4)";

	/** The id columns, read and written as the typed ids (DD026). */
	private static final Field<UserId> ACTOR_USER_ID = AUDIT_EVENT.ACTOR_USER_ID.convert(SharedIds.USER);

	private static final Field<OrganisationId> ORGANISATION_ID = AUDIT_EVENT.ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	private final DSLContext dsl;

	AuditRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * What one row of the trail says, before the chain places it: who did what to which
	 * subject, under which legal reference, and the change.
	 */
	public record Entry(String action, @Nullable UserId actor, @Nullable String actorName,
			@Nullable OrganisationId organisation, String subjectType, @Nullable String subjectId,
			@Nullable String legalReference, @Nullable String before, @Nullable String after) {
	}

	/**
	 * Appends one row at the end of the hash chain: locks the chain's head row (appends
	 * are ordered, also across instances), links the row to the previous hash and moves
	 * the head. Call it as late as possible in a transaction (the recorder does so before
	 * commit), so the lock is held only briefly.
	 */
	public void append(Instant occurredAt, String action, @Nullable UserId actor, @Nullable String actorName,
			@Nullable OrganisationId organisation, String subjectType, @Nullable String subjectId,
			@Nullable String legalReference, @Nullable String before, @Nullable String after) {
		appendAll(occurredAt, List.of(new Entry(action, actor, actorName, organisation, subjectType, subjectId,
				legalReference, before, after)));
	}

	/**
	 * Appends several rows, in order, at the end of the hash chain: the rows and the
	 * chain {@link #append appending} each of them gives, with one lock of the head, one
	 * batch insert and one move of the head (bulk data, DD089).
	 */
	public void appendAll(Instant occurredAt, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		var head = dsl.select(AUDIT_CHAIN_HEAD.CHAIN_POSITION, AUDIT_CHAIN_HEAD.LAST_HASH)
			.from(AUDIT_CHAIN_HEAD)
			.where(AUDIT_CHAIN_HEAD.HEAD_ID.eq(1))
			.forUpdate()
			.fetchSingle();
		long position = head.get(AUDIT_CHAIN_HEAD.CHAIN_POSITION);
		String previous = head.get(AUDIT_CHAIN_HEAD.LAST_HASH);
		Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
		List<AuditEventRecord> rows = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			ChainLink link = new ChainLink(++position, at, entry.action(), entry.actor(), clip(entry.actorName(), 320),
					entry.organisation(), entry.subjectType(), clip(entry.subjectId(), 200),
					clip(entry.legalReference(), 120), clip(entry.before(), 4000), clip(entry.after(), 4000), previous);
			String hash = link.hash();
			AuditEventRecord row = dsl.newRecord(AUDIT_EVENT);
			row.set(AUDIT_EVENT.OCCURRED_AT, link.occurredAt());
			row.set(AUDIT_EVENT.ACTION, link.action());
			row.set(AUDIT_EVENT.ACTOR_USER_ID, SharedIds.USER.to(link.actorUserId()));
			row.set(AUDIT_EVENT.ACTOR_NAME, link.actorName());
			row.set(AUDIT_EVENT.ORGANISATION_ID, SharedIds.ORGANISATION.to(link.organisationId()));
			row.set(AUDIT_EVENT.SUBJECT_TYPE, link.subjectType());
			row.set(AUDIT_EVENT.SUBJECT_ID, link.subjectId());
			row.set(AUDIT_EVENT.LEGAL_REFERENCE, link.legalReference());
			row.set(AUDIT_EVENT.BEFORE_VALUE, link.before());
			row.set(AUDIT_EVENT.AFTER_VALUE, link.after());
			row.set(AUDIT_EVENT.CHAIN_POSITION, link.position());
			row.set(AUDIT_EVENT.PREVIOUS_HASH, link.previousHash());
			row.set(AUDIT_EVENT.ROW_HASH, hash);
			rows.add(row);
			previous = hash;
		}
		if (rows.size() == 1) {
			rows.getFirst().insert();
		}
		else {
			dsl.batchInsert(rows).execute();
		}
		dsl.update(AUDIT_CHAIN_HEAD)
			.set(AUDIT_CHAIN_HEAD.CHAIN_POSITION, position)
			.set(AUDIT_CHAIN_HEAD.LAST_HASH, previous)
			.where(AUDIT_CHAIN_HEAD.HEAD_ID.eq(1))
			.execute();
	}

	/**
	 * Walks the chain in order and reports the first row whose stored hashes or position
	 * do not match what its fields give, or the end of the chain when it does not meet
	 * the head. Rows are appended while the walk runs (other transactions, other
	 * instances), and the head and the rows are read by separate statements: the walk
	 * reads the head before and after the rows, so the rows it saw must end between the
	 * two — fewer rows than the head had before means rows are missing at the end, more
	 * rows than the head has after means the head was moved back.
	 */
	public ChainReport verify() {
		long unchained = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.CHAIN_POSITION.isNull());
		long headBefore = headPosition();
		long expected = 1;
		String previous = ChainLink.GENESIS;
		try (var cursor = dsl
			.select(AUDIT_EVENT.CHAIN_POSITION, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTION, ACTOR_USER_ID,
					AUDIT_EVENT.ACTOR_NAME, ORGANISATION_ID, AUDIT_EVENT.SUBJECT_TYPE, AUDIT_EVENT.SUBJECT_ID,
					AUDIT_EVENT.LEGAL_REFERENCE, AUDIT_EVENT.BEFORE_VALUE, AUDIT_EVENT.AFTER_VALUE,
					AUDIT_EVENT.PREVIOUS_HASH, AUDIT_EVENT.ROW_HASH)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.CHAIN_POSITION.isNotNull())
			.orderBy(AUDIT_EVENT.CHAIN_POSITION)
			.fetchSize(1000)
			.fetchLazy()) {
			for (var row : cursor) {
				long position = row.get(AUDIT_EVENT.CHAIN_POSITION);
				ChainLink link = new ChainLink(position, row.get(AUDIT_EVENT.OCCURRED_AT), row.get(AUDIT_EVENT.ACTION),
						row.get(ACTOR_USER_ID), row.get(AUDIT_EVENT.ACTOR_NAME), row.get(ORGANISATION_ID),
						row.get(AUDIT_EVENT.SUBJECT_TYPE), row.get(AUDIT_EVENT.SUBJECT_ID),
						row.get(AUDIT_EVENT.LEGAL_REFERENCE), row.get(AUDIT_EVENT.BEFORE_VALUE),
						row.get(AUDIT_EVENT.AFTER_VALUE), previous);
				if (position != expected || !previous.equals(row.get(AUDIT_EVENT.PREVIOUS_HASH))
						|| !link.hash().equals(row.get(AUDIT_EVENT.ROW_HASH))) {
					return new ChainReport(expected - 1, unchained, Math.min(position, expected), previous);
				}
				previous = row.get(AUDIT_EVENT.ROW_HASH);
				expected++;
			}
		}
		long seen = expected - 1;
		if (seen < headBefore || seen > headPosition()) {
			// rows at the end are missing, or the head was moved by hand
			return new ChainReport(seen, unchained, expected, previous);
		}
		return new ChainReport(seen, unchained, null, previous);
	}

	private long headPosition() {
		return dsl.select(AUDIT_CHAIN_HEAD.CHAIN_POSITION)
			.from(AUDIT_CHAIN_HEAD)
			.where(AUDIT_CHAIN_HEAD.HEAD_ID.eq(1))
			.fetchSingle(AUDIT_CHAIN_HEAD.CHAIN_POSITION);
	}

	/**
	 * One page of the trail, newest first.
	 * @param nonPublicToo whether the reader may read the non-public section (Art 49(4));
	 * if not, what its records are about is withheld ({@link AuditRecord#withheld()})
	 */
	public List<AuditRecord> page(AuditFilter filter, ZoneId zone, int offset, int limit, boolean nonPublicToo) {
		return dsl.select(columns(nonPublicToo))
			.from(AUDIT_EVENT)
			.where(conditions(filter, zone, nonPublicToo))
			.orderBy(AUDIT_EVENT.AUDIT_EVENT_ID.desc())
			.offset(offset)
			.limit(limit)
			.fetch(AuditRepository::toRecord);
	}

	public int count(AuditFilter filter, ZoneId zone, boolean nonPublicToo) {
		return dsl.fetchCount(AUDIT_EVENT, conditions(filter, zone, nonPublicToo));
	}

	/**
	 * Every matching record, newest first, streamed (for the CSV export); withheld as
	 * {@link #page} says.
	 */
	public void forEach(AuditFilter filter, ZoneId zone, boolean nonPublicToo, Consumer<AuditRecord> consumer) {
		try (var cursor = dsl.select(columns(nonPublicToo))
			.from(AUDIT_EVENT)
			.where(conditions(filter, zone, nonPublicToo))
			.orderBy(AUDIT_EVENT.AUDIT_EVENT_ID.desc())
			.fetchSize(500)
			.fetchLazy()) {
			cursor.forEach(record -> consumer.accept(toRecord(record)));
		}
	}

	/** The action names recorded so far, for the viewer's filter. */
	public List<String> actions() {
		return dsl.selectDistinct(AUDIT_EVENT.ACTION)
			.from(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ACTION)
			.fetch(AUDIT_EVENT.ACTION);
	}

	/**
	 * Whether a record is about the non-public section (Art 49(4), DD075): recorded under
	 * Art 49(4) (a publication in that section, a look into it, an export that included
	 * it), or about an entry, a deployer registration, an authorised representative's
	 * mandate or a test plan that is in that section now. Null-safe: false, never
	 * unknown, for every other record.
	 */
	static Condition aboutTheNonPublicSection() {
		Field<String> subject = AUDIT_EVENT.SUBJECT_ID;
		return AUDIT_EVENT.LEGAL_REFERENCE.isNotNull()
			.and(AUDIT_EVENT.LEGAL_REFERENCE.startsWith(NON_PUBLIC_REFERENCE))
			.or(subject.isNotNull()
				.and(AUDIT_EVENT.SUBJECT_TYPE.eq("ai-system")
					.and(subject.in(DSL.select(AI_SYSTEM.REGISTRATION_NUMBER)
						.from(AI_SYSTEM)
						.where(nonPublic(AI_SYSTEM.VISIBILITY))
						.and(AI_SYSTEM.REGISTRATION_NUMBER.isNotNull())
						.union(DSL.select(text(AI_SYSTEM.AI_SYSTEM_ID))
							.from(AI_SYSTEM)
							.where(nonPublic(AI_SYSTEM.VISIBILITY)))))
					// a registration follows its entry's section; a draft has none yet
					.or(AUDIT_EVENT.SUBJECT_TYPE.eq("deployment")
						.and(subject.in(DSL.select(text(DEPLOYMENT.DEPLOYMENT_ID))
							.from(DEPLOYMENT)
							.where(nonPublic(DEPLOYMENT.VISIBILITY))
							.union(DSL.select(text(DEPLOYMENT.DEPLOYMENT_ID))
								.from(DEPLOYMENT)
								.join(AI_SYSTEM)
								.on(AI_SYSTEM.REGISTRATION_NUMBER.eq(DEPLOYMENT.PROVIDER_REGISTRATION_NUMBER))
								.where(nonPublic(AI_SYSTEM.VISIBILITY))))))
					.or(AUDIT_EVENT.SUBJECT_TYPE.eq("representative-mandate")
						.and(subject.in(DSL.select(text(REPRESENTATIVE_MANDATE.MANDATE_ID))
							.from(REPRESENTATIVE_MANDATE)
							.join(AI_SYSTEM)
							.on(AI_SYSTEM.AI_SYSTEM_ID.eq(REPRESENTATIVE_MANDATE.SYSTEM_ID))
							.where(nonPublic(AI_SYSTEM.VISIBILITY)))))
					.or(AUDIT_EVENT.SUBJECT_TYPE.eq("test-plan")
						.and(subject
							.in(DSL.select(TEST_PLAN.UID).from(TEST_PLAN).where(nonPublic(TEST_PLAN.VISIBILITY)))))));
	}

	private static Condition nonPublic(Field<String> visibility) {
		return PublicationTables.visibility(visibility).eq(Visibility.RESTRICTED);
	}

	private static Field<String> text(Field<java.util.UUID> id) {
		return DSL.cast(id, SQLDataType.VARCHAR(36));
	}

	private static SelectField<?>[] columns(boolean nonPublicToo) {
		return new SelectField<?>[] { AUDIT_EVENT.AUDIT_EVENT_ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTION,
				ACTOR_USER_ID, AUDIT_EVENT.ACTOR_NAME, ORGANISATION_ID, AUDIT_EVENT.SUBJECT_TYPE,
				AUDIT_EVENT.SUBJECT_ID, AUDIT_EVENT.LEGAL_REFERENCE, AUDIT_EVENT.BEFORE_VALUE, AUDIT_EVENT.AFTER_VALUE,
				withheld(nonPublicToo) };
	}

	private static Field<Boolean> withheld(boolean nonPublicToo) {
		return (nonPublicToo ? DSL.inline(false) : DSL.field(aboutTheNonPublicSection())).as("withheld");
	}

	private static AuditRecord toRecord(org.jooq.Record record) {
		AuditRecord full = new AuditRecord(record.get(AUDIT_EVENT.AUDIT_EVENT_ID), record.get(AUDIT_EVENT.OCCURRED_AT),
				record.get(AUDIT_EVENT.ACTION), record.get(ACTOR_USER_ID), record.get(AUDIT_EVENT.ACTOR_NAME),
				record.get(ORGANISATION_ID), record.get(AUDIT_EVENT.SUBJECT_TYPE), record.get(AUDIT_EVENT.SUBJECT_ID),
				record.get(AUDIT_EVENT.LEGAL_REFERENCE), record.get(AUDIT_EVENT.BEFORE_VALUE),
				record.get(AUDIT_EVENT.AFTER_VALUE), false);
		return Boolean.TRUE.equals(record.get("withheld", Boolean.class)) ? full.withheldFromReader() : full;
	}

	private static List<Condition> conditions(AuditFilter filter, ZoneId zone, boolean nonPublicToo) {
		List<Condition> conditions = new ArrayList<>();
		if (filter.action() != null && !filter.action().isBlank()) {
			conditions.add(AUDIT_EVENT.ACTION.eq(filter.action()));
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			String pattern = "%" + filter.text()
				.strip()
				.toLowerCase(java.util.Locale.ROOT)
				.replace("!", "!!")
				.replace("%", "!%")
				.replace("_", "!_") + "%";
			Condition matches = DSL.lower(AUDIT_EVENT.SUBJECT_ID)
				.like(pattern, '!')
				.or(DSL.lower(AUDIT_EVENT.ACTOR_NAME).like(pattern, '!'));
			// what is withheld cannot be searched for either: a count would tell
			conditions.add(nonPublicToo ? matches : matches.and(aboutTheNonPublicSection().not()));
		}
		if (filter.from() != null) {
			conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(startOf(filter.from(), zone)));
		}
		if (filter.to() != null) {
			conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(startOf(filter.to().plusDays(1), zone)));
		}
		return conditions;
	}

	private static Instant startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	private static @Nullable String clip(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

}
