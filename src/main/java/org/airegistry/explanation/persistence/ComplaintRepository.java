package org.airegistry.explanation.persistence;

import static org.airegistry.db.Sequences.COMPLAINT_REFERENCE_SEQ;
import static org.airegistry.db.Tables.COMPLAINT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.explanation.ComplainantKind;
import org.airegistry.explanation.ComplaintState;
import org.airegistry.shared.MemberState;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Art 85 complaints as stored: free texts and the address only as ciphertext (sealed by
 * the service); routing column {@code member_state} in clear.
 */
@Repository
public class ComplaintRepository {

	/** A stored complaint; {@code *Enc} hold ciphertext (null after anonymisation). */
	public record ComplaintRow(UUID id, String reference, MemberState memberState, ComplainantKind kind,
			String registrationNumber, ComplaintState state, String language, @Nullable String emailEnc,
			@Nullable String complainantEnc, @Nullable String operatorEnc, @Nullable String infringementEnc,
			@Nullable String outcomeEnc, @Nullable Instant verifyExpiresAt, @Nullable Instant submittedAt,
			@Nullable Instant acknowledgedAt, @Nullable Instant closedAt) {
	}

	private final DSLContext dsl;

	ComplaintRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The next public reference, e.g. {@code CMP-000007}. */
	public String nextReference() {
		return "CMP-%06d".formatted(dsl.nextval(COMPLAINT_REFERENCE_SEQ));
	}

	public void insert(UUID id, String reference, MemberState memberState, ComplainantKind kind,
			String registrationNumber, String language, String emailEnc, @Nullable String complainantEnc,
			String operatorEnc, String infringementEnc, String verifyTokenHash, Instant verifyExpiresAt, Instant now) {
		dsl.insertInto(COMPLAINT)
			.set(COMPLAINT.COMPLAINT_ID, id)
			.set(COMPLAINT.REFERENCE, reference)
			.set(EnumColumns.COMPLAINT_MEMBER_STATE, memberState)
			.set(EnumColumns.COMPLAINANT_KIND, kind)
			.set(COMPLAINT.REGISTRATION_NUMBER, registrationNumber)
			.set(EnumColumns.COMPLAINT_STATE, ComplaintState.AWAITING_VERIFICATION)
			.set(COMPLAINT.LANGUAGE, language)
			.set(COMPLAINT.EMAIL_ENC, emailEnc)
			.set(COMPLAINT.COMPLAINANT_ENC, complainantEnc)
			.set(COMPLAINT.OPERATOR_ENC, operatorEnc)
			.set(COMPLAINT.INFRINGEMENT_ENC, infringementEnc)
			.set(COMPLAINT.VERIFY_TOKEN_HASH, verifyTokenHash)
			.set(COMPLAINT.VERIFY_EXPIRES_AT, verifyExpiresAt)
			.set(COMPLAINT.CREATED_AT, now)
			.execute();
	}

	public Optional<ComplaintRow> findByVerifyHash(String hash) {
		return one(COMPLAINT.VERIFY_TOKEN_HASH.eq(hash), true);
	}

	public Optional<ComplaintRow> findByTrackingHash(String hash) {
		return one(COMPLAINT.TRACKING_TOKEN_HASH.eq(hash), false);
	}

	/** A confirmed complaint routed to the Member State, locked when asked. */
	public Optional<ComplaintRow> findSubmitted(String reference, MemberState memberState, boolean lock) {
		return one(COMPLAINT.REFERENCE.eq(reference)
			.and(EnumColumns.COMPLAINT_MEMBER_STATE.eq(memberState))
			.and(COMPLAINT.SUBMITTED_AT.isNotNull()), lock);
	}

	/** Confirmed complaints routed to the Member State, open ones first, newest first. */
	public List<ComplaintRow> routedTo(MemberState memberState) {
		return complaints()
			.where(EnumColumns.COMPLAINT_MEMBER_STATE.eq(memberState).and(COMPLAINT.SUBMITTED_AT.isNotNull()))
			.orderBy(COMPLAINT.CLOSED_AT.isNull().desc(), COMPLAINT.SUBMITTED_AT.desc())
			.fetch(ComplaintRepository::row);
	}

	public void verified(UUID id, String trackingTokenHash, Instant now) {
		dsl.update(COMPLAINT)
			.set(EnumColumns.COMPLAINT_STATE, ComplaintState.SUBMITTED)
			.set(COMPLAINT.SUBMITTED_AT, now)
			.setNull(COMPLAINT.VERIFY_TOKEN_HASH)
			.set(COMPLAINT.TRACKING_TOKEN_HASH, trackingTokenHash)
			.where(COMPLAINT.COMPLAINT_ID.eq(id))
			.execute();
	}

	public void acknowledged(UUID id, Instant now) {
		dsl.update(COMPLAINT)
			.set(EnumColumns.COMPLAINT_STATE, ComplaintState.ACKNOWLEDGED)
			.set(COMPLAINT.ACKNOWLEDGED_AT, now)
			.where(COMPLAINT.COMPLAINT_ID.eq(id))
			.execute();
	}

	public void closed(UUID id, String outcomeEnc, Instant now) {
		dsl.update(COMPLAINT)
			.set(EnumColumns.COMPLAINT_STATE, ComplaintState.CLOSED)
			.set(COMPLAINT.OUTCOME_ENC, outcomeEnc)
			.set(COMPLAINT.CLOSED_AT, now)
			.where(COMPLAINT.COMPLAINT_ID.eq(id))
			.execute();
	}

	/**
	 * Retention: unconfirmed complaints older than the link's validity are deleted;
	 * closed ones lose their personal data after the cutoff. Returns how many.
	 */
	public int applyRetention(Instant unverifiedBefore, Instant closedBefore, Instant now) {
		int deleted = dsl.deleteFrom(COMPLAINT)
			.where(COMPLAINT.SUBMITTED_AT.isNull().and(COMPLAINT.CREATED_AT.lt(unverifiedBefore)))
			.execute();
		int anonymised = dsl.update(COMPLAINT)
			.setNull(COMPLAINT.EMAIL_ENC)
			.setNull(COMPLAINT.COMPLAINANT_ENC)
			.setNull(COMPLAINT.OPERATOR_ENC)
			.setNull(COMPLAINT.INFRINGEMENT_ENC)
			.setNull(COMPLAINT.OUTCOME_ENC)
			.setNull(COMPLAINT.TRACKING_TOKEN_HASH)
			.set(COMPLAINT.ANONYMISED_AT, now)
			.where(COMPLAINT.CLOSED_AT.lt(closedBefore).and(COMPLAINT.ANONYMISED_AT.isNull()))
			.execute();
		return deleted + anonymised;
	}

	private Optional<ComplaintRow> one(Condition condition, boolean lock) {
		var select = complaints().where(condition);
		return (lock ? select.forUpdate() : select).fetchOptional(ComplaintRepository::row);
	}

	/** The complaint table's columns, the Member State, kind and state as enums. */
	private SelectJoinStep<Record> complaints() {
		List<Field<?>> fields = new ArrayList<>(List.of(COMPLAINT.fields()));
		fields.replaceAll(field -> field == COMPLAINT.MEMBER_STATE ? EnumColumns.COMPLAINT_MEMBER_STATE
				: field == COMPLAINT.COMPLAINANT_KIND ? EnumColumns.COMPLAINANT_KIND
						: field == COMPLAINT.STATE ? EnumColumns.COMPLAINT_STATE : field);
		return dsl.select(fields).from(COMPLAINT);
	}

	private static ComplaintRow row(Record r) {
		return new ComplaintRow(r.get(COMPLAINT.COMPLAINT_ID), r.get(COMPLAINT.REFERENCE),
				r.get(EnumColumns.COMPLAINT_MEMBER_STATE), r.get(EnumColumns.COMPLAINANT_KIND),
				r.get(COMPLAINT.REGISTRATION_NUMBER), r.get(EnumColumns.COMPLAINT_STATE), r.get(COMPLAINT.LANGUAGE),
				r.get(COMPLAINT.EMAIL_ENC), r.get(COMPLAINT.COMPLAINANT_ENC), r.get(COMPLAINT.OPERATOR_ENC),
				r.get(COMPLAINT.INFRINGEMENT_ENC), r.get(COMPLAINT.OUTCOME_ENC), r.get(COMPLAINT.VERIFY_EXPIRES_AT),
				r.get(COMPLAINT.SUBMITTED_AT), r.get(COMPLAINT.ACKNOWLEDGED_AT), r.get(COMPLAINT.CLOSED_AT));
	}

}
