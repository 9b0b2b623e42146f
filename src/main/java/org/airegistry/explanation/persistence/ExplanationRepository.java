package org.airegistry.explanation.persistence;

import static org.airegistry.db.Tables.EXPLANATION_CLOCK_STOP;
import static org.airegistry.db.Tables.EXPLANATION_MESSAGE;
import static org.airegistry.db.Tables.EXPLANATION_REQUEST;
import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Sequences.EXPLANATION_REFERENCE_SEQ;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.airegistry.explanation.RequestState;

import org.airegistry.shared.OrganisationId;
import org.jooq.Records;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads and writes explanation requests, their threads and clock stops. */
@Repository
public class ExplanationRepository {

	/**
	 * The request table's columns, the deployer as its id, the states and the ground as
	 * enums.
	 */
	private static final List<Field<?>> REQUEST_COLUMNS = Stream.of(EXPLANATION_REQUEST.fields())
		.map(field -> field == EXPLANATION_REQUEST.STATE ? EnumColumns.REQUEST_STATE
				: field == EXPLANATION_REQUEST.DEPLOYER_ID ? IdColumns.DEPLOYER_ID
						: field == EXPLANATION_REQUEST.OUTCOME ? EnumColumns.OUTCOME
								: field == EXPLANATION_REQUEST.REFUSAL_GROUND ? EnumColumns.REFUSAL_GROUND : field)
		.toList();

	private final DSLContext dsl;

	ExplanationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The next public reference, e.g. {@code EXR-000042}. */
	public String nextReference() {
		long next = dsl.nextval(EXPLANATION_REFERENCE_SEQ);
		return "EXR-%06d".formatted(next);
	}

	public void insert(UUID id, String reference, String registrationNumber, OrganisationId deployer, String language,
			String emailEnc, String decisionEnc, @Nullable String decisionDateEnc,
			@Nullable String decisionReferenceEnc, String adverseEnc, @Nullable String systemDescriptionEnc,
			String verifyTokenHash, Instant verifyExpiresAt, Instant now) {
		dsl.insertInto(EXPLANATION_REQUEST)
			.set(EXPLANATION_REQUEST.REQUEST_ID, id)
			.set(EXPLANATION_REQUEST.REFERENCE, reference)
			.set(EXPLANATION_REQUEST.REGISTRATION_NUMBER, registrationNumber)
			.set(IdColumns.DEPLOYER_ID, deployer)
			.set(EnumColumns.REQUEST_STATE, RequestState.AWAITING_VERIFICATION)
			.set(EXPLANATION_REQUEST.LANGUAGE, language)
			.set(EXPLANATION_REQUEST.EMAIL_ENC, emailEnc)
			.set(EXPLANATION_REQUEST.DECISION_ENC, decisionEnc)
			.set(EXPLANATION_REQUEST.DECISION_DATE_ENC, decisionDateEnc)
			.set(EXPLANATION_REQUEST.DECISION_REFERENCE_ENC, decisionReferenceEnc)
			.set(EXPLANATION_REQUEST.ADVERSE_ENC, adverseEnc)
			.set(EXPLANATION_REQUEST.SYSTEM_DESCRIPTION_ENC, systemDescriptionEnc)
			.set(EXPLANATION_REQUEST.VERIFY_TOKEN_HASH, verifyTokenHash)
			.set(EXPLANATION_REQUEST.VERIFY_EXPIRES_AT, verifyExpiresAt)
			.set(EXPLANATION_REQUEST.CREATED_AT, now)
			.set(EXPLANATION_REQUEST.EXTENSION_MONTHS, 0)
			.set(EXPLANATION_REQUEST.LOCK_VERSION, 0L)
			.execute();
	}

	public Optional<RequestRow> find(UUID id) {
		return one(EXPLANATION_REQUEST.REQUEST_ID.eq(id), false);
	}

	/** The request, locked until the end of the transaction (one change at a time). */
	public Optional<RequestRow> lock(UUID id) {
		return one(EXPLANATION_REQUEST.REQUEST_ID.eq(id), true);
	}

	public Optional<RequestRow> findByReference(String reference) {
		return one(EXPLANATION_REQUEST.REFERENCE.eq(reference), false);
	}

	public Optional<RequestRow> findByVerifyHash(String hash) {
		return one(EXPLANATION_REQUEST.VERIFY_TOKEN_HASH.eq(hash), true);
	}

	public Optional<RequestRow> findByTrackingHash(String hash) {
		return one(EXPLANATION_REQUEST.TRACKING_TOKEN_HASH.eq(hash), false);
	}

	/** Requests delivered to the deployer (verified), newest first. */
	public List<RequestRow> forDeployer(OrganisationId deployer) {
		return many(IdColumns.DEPLOYER_ID.eq(deployer).and(EXPLANATION_REQUEST.SUBMITTED_AT.isNotNull()),
				EXPLANATION_REQUEST.SUBMITTED_AT.desc());
	}

	/** Requests that were escalated to the authority (open complaints first by date). */
	public List<RequestRow> complaints() {
		return many(EXPLANATION_REQUEST.ESCALATED_AT.isNotNull(), EXPLANATION_REQUEST.ESCALATED_AT.desc());
	}

	/** Requests in the given states (for reminders). */
	public List<RequestRow> inStates(Collection<RequestState> states) {
		return many(EnumColumns.REQUEST_STATE.in(states).and(EXPLANATION_REQUEST.SUBMITTED_AT.isNotNull()),
				EXPLANATION_REQUEST.SUBMITTED_AT.asc());
	}

	/** Verified requests of a deployer or for a system (statistics). */
	public List<RequestRow> submitted(@Nullable OrganisationId deployer, @Nullable String registrationNumber) {
		Condition condition = EXPLANATION_REQUEST.SUBMITTED_AT.isNotNull();
		if (deployer != null) {
			condition = condition.and(IdColumns.DEPLOYER_ID.eq(deployer));
		}
		if (registrationNumber != null) {
			condition = condition.and(EXPLANATION_REQUEST.REGISTRATION_NUMBER.eq(registrationNumber));
		}
		return many(condition, EXPLANATION_REQUEST.SUBMITTED_AT.asc());
	}

	/**
	 * Every verified request with only the columns the authority's statistics need (no
	 * personal data), optionally only those addressed to deployers seated in one of the
	 * countries (empty: all).
	 */
	public List<StatisticsRow> forStatistics(Collection<String> deployerCountries) {
		Condition condition = EXPLANATION_REQUEST.SUBMITTED_AT.isNotNull();
		if (!deployerCountries.isEmpty()) {
			condition = condition.and(ORGANISATION.COUNTRY.in(deployerCountries));
		}
		return dsl
			.select(EXPLANATION_REQUEST.REQUEST_ID, IdColumns.DEPLOYER_ID, ORGANISATION.COUNTRY,
					EnumColumns.REQUEST_STATE, EXPLANATION_REQUEST.SUBMITTED_AT, EXPLANATION_REQUEST.EXTENSION_MONTHS)
			.from(EXPLANATION_REQUEST)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(EXPLANATION_REQUEST.DEPLOYER_ID))
			.where(condition)
			.orderBy(EXPLANATION_REQUEST.SUBMITTED_AT)
			.fetch(Records
				.mapping((requestId, deployerId, country, state, submittedAt, extensionMonths) -> new StatisticsRow(
						requestId, deployerId, country, state, submittedAt, extensionMonths)));
	}

	/** Ids of closed requests whose personal data is due for deletion. */
	public List<UUID> closedBefore(Instant cutoff) {
		return dsl.select(EXPLANATION_REQUEST.REQUEST_ID)
			.from(EXPLANATION_REQUEST)
			.where(EXPLANATION_REQUEST.CLOSED_AT.lt(cutoff))
			.and(EnumColumns.REQUEST_STATE.ne(RequestState.ESCALATED))
			.and(EXPLANATION_REQUEST.ANONYMISED_AT.isNull())
			.fetch(EXPLANATION_REQUEST.REQUEST_ID);
	}

	/**
	 * Deletes requests that were never verified and whose link expired before the cutoff.
	 */
	public int deleteUnverifiedBefore(Instant cutoff) {
		List<UUID> ids = dsl.select(EXPLANATION_REQUEST.REQUEST_ID)
			.from(EXPLANATION_REQUEST)
			.where(EnumColumns.REQUEST_STATE.eq(RequestState.AWAITING_VERIFICATION))
			.and(EXPLANATION_REQUEST.VERIFY_EXPIRES_AT.lt(cutoff))
			.fetch(EXPLANATION_REQUEST.REQUEST_ID);
		if (ids.isEmpty()) {
			return 0;
		}
		dsl.deleteFrom(EXPLANATION_MESSAGE).where(EXPLANATION_MESSAGE.REQUEST_ID.in(ids)).execute();
		dsl.deleteFrom(EXPLANATION_CLOCK_STOP).where(EXPLANATION_CLOCK_STOP.REQUEST_ID.in(ids)).execute();
		return dsl.deleteFrom(EXPLANATION_REQUEST).where(EXPLANATION_REQUEST.REQUEST_ID.in(ids)).execute();
	}

	/**
	 * Removes all personal data of a request: the address, every free text and the
	 * thread; dates, state and outcome stay for the public statistics.
	 */
	public void anonymise(UUID id, Instant now) {
		dsl.deleteFrom(EXPLANATION_MESSAGE).where(EXPLANATION_MESSAGE.REQUEST_ID.eq(id)).execute();
		dsl.update(EXPLANATION_REQUEST)
			.setNull(EXPLANATION_REQUEST.EMAIL_ENC)
			.setNull(EXPLANATION_REQUEST.DECISION_ENC)
			.setNull(EXPLANATION_REQUEST.DECISION_DATE_ENC)
			.setNull(EXPLANATION_REQUEST.DECISION_REFERENCE_ENC)
			.setNull(EXPLANATION_REQUEST.ADVERSE_ENC)
			.setNull(EXPLANATION_REQUEST.SYSTEM_DESCRIPTION_ENC)
			.setNull(EXPLANATION_REQUEST.TRACKING_TOKEN_ENC)
			.setNull(EXPLANATION_REQUEST.TRACKING_TOKEN_HASH)
			.setNull(EXPLANATION_REQUEST.VERIFY_TOKEN_HASH)
			.set(EXPLANATION_REQUEST.ANONYMISED_AT, now)
			.where(EXPLANATION_REQUEST.REQUEST_ID.eq(id))
			.execute();
	}

	@SuppressWarnings("unchecked")
	public void update(UUID id, RequestChange change) {
		var update = dsl.update(EXPLANATION_REQUEST)
			.set(EXPLANATION_REQUEST.LOCK_VERSION, EXPLANATION_REQUEST.LOCK_VERSION.plus(1));
		for (Map.Entry<Field<?>, @Nullable Object> value : change.values.entrySet()) {
			update = update.set((Field<Object>) value.getKey(), value.getValue());
		}
		update.where(EXPLANATION_REQUEST.REQUEST_ID.eq(id)).execute();
	}

	public void addMessage(UUID messageId, UUID requestId, String author, String kind, @Nullable String bodyEnc,
			@Nullable String secondBodyEnc, Instant now) {
		dsl.insertInto(EXPLANATION_MESSAGE)
			.set(EXPLANATION_MESSAGE.MESSAGE_ID, messageId)
			.set(EXPLANATION_MESSAGE.REQUEST_ID, requestId)
			.set(EXPLANATION_MESSAGE.AUTHOR, author)
			.set(EXPLANATION_MESSAGE.KIND, kind)
			.set(EXPLANATION_MESSAGE.BODY_ENC, bodyEnc)
			.set(EXPLANATION_MESSAGE.SECOND_BODY_ENC, secondBodyEnc)
			.set(EXPLANATION_MESSAGE.CREATED_AT, now)
			.execute();
	}

	public List<MessageRow> messages(UUID requestId) {
		return dsl
			.select(EXPLANATION_MESSAGE.MESSAGE_ID, EXPLANATION_MESSAGE.REQUEST_ID, EXPLANATION_MESSAGE.AUTHOR,
					EXPLANATION_MESSAGE.KIND, EXPLANATION_MESSAGE.BODY_ENC, EXPLANATION_MESSAGE.SECOND_BODY_ENC,
					EXPLANATION_MESSAGE.CREATED_AT)
			.from(EXPLANATION_MESSAGE)
			.where(EXPLANATION_MESSAGE.REQUEST_ID.eq(requestId))
			.orderBy(EXPLANATION_MESSAGE.CREATED_AT, EXPLANATION_MESSAGE.MESSAGE_ID)
			.fetch(Records.mapping(
					(messageId, messageRequestId, author, kind, bodyEnc, secondBodyEnc, createdAt) -> new MessageRow(
							messageId, messageRequestId, author, kind, bodyEnc, secondBodyEnc, createdAt)));
	}

	public void stopClock(UUID requestId, Instant now) {
		dsl.insertInto(EXPLANATION_CLOCK_STOP)
			.set(EXPLANATION_CLOCK_STOP.REQUEST_ID, requestId)
			.set(EXPLANATION_CLOCK_STOP.STOPPED_AT, now)
			.execute();
	}

	public void resumeClock(UUID requestId, Instant now) {
		dsl.update(EXPLANATION_CLOCK_STOP)
			.set(EXPLANATION_CLOCK_STOP.RESUMED_AT, now)
			.where(EXPLANATION_CLOCK_STOP.REQUEST_ID.eq(requestId))
			.and(EXPLANATION_CLOCK_STOP.RESUMED_AT.isNull())
			.execute();
	}

	/**
	 * Clock stops of the requests: stopped and resumed instants (resumed may be null).
	 */
	public Map<UUID, List<Instant[]>> clockStops(Collection<UUID> requestIds) {
		return dsl
			.select(EXPLANATION_CLOCK_STOP.REQUEST_ID, EXPLANATION_CLOCK_STOP.STOPPED_AT,
					EXPLANATION_CLOCK_STOP.RESUMED_AT)
			.from(EXPLANATION_CLOCK_STOP)
			.where(EXPLANATION_CLOCK_STOP.REQUEST_ID.in(requestIds))
			.orderBy(EXPLANATION_CLOCK_STOP.STOPPED_AT)
			.fetchGroups(EXPLANATION_CLOCK_STOP.REQUEST_ID, Records.mapping((requestId, stoppedAt,
					resumedAt) -> new Instant[] { stoppedAt, resumedAt == null ? null : resumedAt }));
	}

	private Optional<RequestRow> one(Condition condition, boolean forUpdate) {
		var select = dsl.select(REQUEST_COLUMNS).from(EXPLANATION_REQUEST).where(condition);
		return (forUpdate ? select.forUpdate() : select).fetchOptional(ExplanationRepository::row);
	}

	private List<RequestRow> many(Condition condition, org.jooq.SortField<?> order) {
		return dsl.select(REQUEST_COLUMNS)
			.from(EXPLANATION_REQUEST)
			.where(condition)
			.orderBy(order)
			.fetch(ExplanationRepository::row);
	}

	private static RequestRow row(Record r) {
		var t = EXPLANATION_REQUEST;
		return new RequestRow(r.get(t.REQUEST_ID), r.get(t.REFERENCE), r.get(t.REGISTRATION_NUMBER),
				r.get(IdColumns.DEPLOYER_ID), r.get(EnumColumns.REQUEST_STATE), r.get(t.LANGUAGE), r.get(t.EMAIL_ENC),
				r.get(t.DECISION_ENC), r.get(t.DECISION_DATE_ENC), r.get(t.DECISION_REFERENCE_ENC),
				r.get(t.ADVERSE_ENC), r.get(t.TRACKING_TOKEN_ENC), r.get(t.VERIFY_EXPIRES_AT), r.get(t.CREATED_AT),
				r.get(t.SUBMITTED_AT), r.get(t.EXTENSION_MONTHS), r.get(t.EXTENDED_AT), r.get(t.RESPONDED_AT),
				r.get(t.RESPONDED_ON_TIME), r.get(EnumColumns.OUTCOME), r.get(EnumColumns.REFUSAL_GROUND),
				r.get(t.CLOSED_AT), r.get(t.ESCALATED_AT), r.get(t.COMPLAINT_CLOSED_AT), r.get(t.DEPLOYER_REMINDED_AT),
				r.get(t.DEPLOYER_OVERDUE_AT), r.get(t.PERSON_OVERDUE_AT), r.get(t.ANONYMISED_AT),
				r.get(t.SYSTEM_DESCRIPTION_ENC));
	}

	static Condition none() {
		return DSL.noCondition();
	}

}
