package org.airegistry.explanation.persistence;

import static org.airegistry.db.Sequences.COMPLAINT_REFERENCE_SEQ;
import static org.airegistry.db.Tables.COMPLAINT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Art 85 complaints as stored: free texts and the address only as ciphertext (sealed by
 * the service); routing column {@code member_state} in clear.
 */
@Repository
public class ComplaintRepository {

	/** A stored complaint; {@code *Enc} hold ciphertext (null after anonymisation). */
	public record ComplaintRow(UUID id, String reference, String memberState, String kind, String registrationNumber,
			String state, String language, @Nullable String emailEnc, @Nullable String complainantEnc,
			@Nullable String operatorEnc, @Nullable String infringementEnc, @Nullable String outcomeEnc,
			@Nullable Instant verifyExpiresAt, @Nullable Instant submittedAt, @Nullable Instant acknowledgedAt,
			@Nullable Instant closedAt) {
	}

	private final DSLContext dsl;

	ComplaintRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The next public reference, e.g. {@code CMP-000007}. */
	public String nextReference() {
		return "CMP-%06d".formatted(dsl.nextval(COMPLAINT_REFERENCE_SEQ));
	}

	public void insert(UUID id, String reference, String memberState, String kind, String registrationNumber,
			String language, String emailEnc, @Nullable String complainantEnc, String operatorEnc,
			String infringementEnc, String verifyTokenHash, Instant verifyExpiresAt, Instant now) {
		dsl.insertInto(COMPLAINT)
			.set(COMPLAINT.COMPLAINT_ID, id)
			.set(COMPLAINT.REFERENCE, reference)
			.set(COMPLAINT.MEMBER_STATE, memberState)
			.set(COMPLAINT.COMPLAINANT_KIND, kind)
			.set(COMPLAINT.REGISTRATION_NUMBER, registrationNumber)
			.set(COMPLAINT.STATE, "AWAITING_VERIFICATION")
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
	public Optional<ComplaintRow> findSubmitted(String reference, String memberState, boolean lock) {
		return one(COMPLAINT.REFERENCE.eq(reference)
			.and(COMPLAINT.MEMBER_STATE.eq(memberState))
			.and(COMPLAINT.SUBMITTED_AT.isNotNull()), lock);
	}

	/** Confirmed complaints routed to the Member State, open ones first, newest first. */
	public List<ComplaintRow> routedTo(String memberState) {
		return dsl.selectFrom(COMPLAINT)
			.where(COMPLAINT.MEMBER_STATE.eq(memberState).and(COMPLAINT.SUBMITTED_AT.isNotNull()))
			.orderBy(COMPLAINT.CLOSED_AT.isNull().desc(), COMPLAINT.SUBMITTED_AT.desc())
			.fetch(ComplaintRepository::row);
	}

	public void verified(UUID id, String trackingTokenHash, Instant now) {
		dsl.update(COMPLAINT)
			.set(COMPLAINT.STATE, "SUBMITTED")
			.set(COMPLAINT.SUBMITTED_AT, now)
			.setNull(COMPLAINT.VERIFY_TOKEN_HASH)
			.set(COMPLAINT.TRACKING_TOKEN_HASH, trackingTokenHash)
			.where(COMPLAINT.COMPLAINT_ID.eq(id))
			.execute();
	}

	public void acknowledged(UUID id, Instant now) {
		dsl.update(COMPLAINT)
			.set(COMPLAINT.STATE, "ACKNOWLEDGED")
			.set(COMPLAINT.ACKNOWLEDGED_AT, now)
			.where(COMPLAINT.COMPLAINT_ID.eq(id))
			.execute();
	}

	public void closed(UUID id, String outcomeEnc, Instant now) {
		dsl.update(COMPLAINT)
			.set(COMPLAINT.STATE, "CLOSED")
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
		var select = dsl.selectFrom(COMPLAINT).where(condition);
		return (lock ? select.forUpdate() : select).fetchOptional(ComplaintRepository::row);
	}

	private static ComplaintRow row(org.airegistry.db.tables.records.ComplaintRecord r) {
		return new ComplaintRow(r.getComplaintId(), r.getReference(), r.getMemberState(), r.getComplainantKind(),
				r.getRegistrationNumber(), r.getState(), r.getLanguage(), r.getEmailEnc(), r.getComplainantEnc(),
				r.getOperatorEnc(), r.getInfringementEnc(), r.getOutcomeEnc(), r.getVerifyExpiresAt(),
				r.getSubmittedAt(), r.getAcknowledgedAt(), r.getClosedAt());
	}

}
