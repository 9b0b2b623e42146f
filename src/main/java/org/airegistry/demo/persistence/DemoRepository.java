package org.airegistry.demo.persistence;

import static org.airegistry.db.Tables.EXPLANATION_REQUEST;
import static org.airegistry.db.Tables.GPAI_MODEL;
import static org.airegistry.db.Tables.INCIDENT_HANDLING;
import static org.airegistry.db.Tables.INCIDENT_INFORMATION_REQUEST;
import static org.airegistry.db.Tables.INCIDENT_MEASURE;
import static org.airegistry.db.Tables.INCIDENT_REPORT;
import static org.airegistry.db.Tables.INCIDENT_REPORT_VERSION;
import static org.airegistry.db.Tables.TEST_PLAN;
import static org.airegistry.db.Tables.TEST_PLAN_EVENT;
import static org.airegistry.db.Tables.TEST_PLAN_REVIEW;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import org.airegistry.incident.IncidentId;
import org.airegistry.testing.TestEventKind;
import org.airegistry.testing.TestPlanId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jooq.types.DayToSecond;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Repository;

/**
 * What the demo data reads and writes by itself, so that no module's service needs a
 * demo-only method: whether a demo model exists, and a fresh verification link for a demo
 * explanation request (the demo has no inbox to click in; the request is then verified
 * through the public {@code ExplanationService.verify}, exactly like a click), and the
 * clocks of demo serious-incident reports and test plans moved into the past (so that the
 * demo shows deadlines passed and tacit approvals falling due).
 */
@Repository
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
public class DemoRepository {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DSLContext dsl;

	DemoRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Whether a GPAI model draft with this name exists (the demo creates its once). */
	public boolean gpaiModelNamed(String name) {
		return dsl.fetchExists(DSL.selectOne().from(GPAI_MODEL).where(GPAI_MODEL.DRAFT_NAME.eq(name)));
	}

	/**
	 * Gives the unverified request a new verification token (stored as its SHA-256, as
	 * the service stores it) and returns the token, as the link in the mail would carry
	 * it.
	 */
	public String newVerificationToken(String reference) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		int updated = dsl.update(EXPLANATION_REQUEST)
			.set(EXPLANATION_REQUEST.VERIFY_TOKEN_HASH, sha256(token))
			.where(EXPLANATION_REQUEST.REFERENCE.eq(reference))
			.execute();
		if (updated != 1) {
			throw new IllegalStateException("No explanation request " + reference);
		}
		return token;
	}

	/**
	 * Moves everything that happened to a submitted report the given time into the past
	 * (submissions, deliveries, the authority's periods and actions), so that a demo
	 * shows reports in every state of their clocks. The report's content (and so its
	 * hashes) stays as submitted.
	 */
	public void shiftIncidentIntoPast(IncidentId id, Duration by) {
		DayToSecond interval = DayToSecond.valueOf(by);
		dsl.update(INCIDENT_REPORT)
			.set(INCIDENT_REPORT.CREATED_AT, INCIDENT_REPORT.CREATED_AT.minus(interval))
			.set(INCIDENT_REPORT.UPDATED_AT, INCIDENT_REPORT.UPDATED_AT.minus(interval))
			.set(INCIDENT_REPORT.FIRST_SUBMITTED_AT, INCIDENT_REPORT.FIRST_SUBMITTED_AT.minus(interval))
			.set(INCIDENT_REPORT.COMPLETE_SUBMITTED_AT, INCIDENT_REPORT.COMPLETE_SUBMITTED_AT.minus(interval))
			.where(IdColumns.INCIDENT_ID.eq(id))
			.execute();
		dsl.update(INCIDENT_REPORT_VERSION)
			.set(INCIDENT_REPORT_VERSION.PUBLISHED_AT, INCIDENT_REPORT_VERSION.PUBLISHED_AT.minus(interval))
			.where(IdColumns.VERSION_INCIDENT_ID.eq(id))
			.execute();
		dsl.update(INCIDENT_HANDLING)
			.set(INCIDENT_HANDLING.RECEIVED_AT, INCIDENT_HANDLING.RECEIVED_AT.minus(interval))
			.set(INCIDENT_HANDLING.ROUTED_AT, INCIDENT_HANDLING.ROUTED_AT.minus(interval))
			.set(INCIDENT_HANDLING.MEASURES_DUE_AT, INCIDENT_HANDLING.MEASURES_DUE_AT.minus(interval))
			.set(INCIDENT_HANDLING.ACKNOWLEDGED_AT, INCIDENT_HANDLING.ACKNOWLEDGED_AT.minus(interval))
			.set(INCIDENT_HANDLING.MEASURES_RECORDED_AT, INCIDENT_HANDLING.MEASURES_RECORDED_AT.minus(interval))
			.where(IdColumns.HANDLING_INCIDENT_ID.eq(id))
			.execute();
		var handlings = DSL.select(INCIDENT_HANDLING.HANDLING_ID)
			.from(INCIDENT_HANDLING)
			.where(IdColumns.HANDLING_INCIDENT_ID.eq(id));
		dsl.update(INCIDENT_MEASURE)
			.set(INCIDENT_MEASURE.RECORDED_AT, INCIDENT_MEASURE.RECORDED_AT.minus(interval))
			.where(INCIDENT_MEASURE.HANDLING_ID.in(handlings))
			.execute();
		dsl.update(INCIDENT_INFORMATION_REQUEST)
			.set(INCIDENT_INFORMATION_REQUEST.REQUESTED_AT, INCIDENT_INFORMATION_REQUEST.REQUESTED_AT.minus(interval))
			.where(INCIDENT_INFORMATION_REQUEST.HANDLING_ID.in(handlings))
			.execute();
	}

	/**
	 * Moves a plan's submission to the authorities (and their 30 days) the given time
	 * into the past, so that a demo shows a tacit approval that falls due soon. The
	 * registered content stays as it was.
	 */
	public void shiftTestSubmissionIntoPast(TestPlanId id, Duration by) {
		DayToSecond interval = DayToSecond.valueOf(by);
		dsl.update(TEST_PLAN)
			.set(TEST_PLAN.SUBMITTED_AT, TEST_PLAN.SUBMITTED_AT.minus(interval))
			.where(IdColumns.TEST_PLAN_ID.eq(id))
			.execute();
		dsl.update(TEST_PLAN_REVIEW)
			.set(TEST_PLAN_REVIEW.SUBMITTED_AT, TEST_PLAN_REVIEW.SUBMITTED_AT.minus(interval))
			.set(TEST_PLAN_REVIEW.TACIT_AT, TEST_PLAN_REVIEW.TACIT_AT.minus(interval))
			.where(IdColumns.REVIEW_TEST_PLAN_ID.eq(id))
			.execute();
		dsl.update(TEST_PLAN_EVENT)
			.set(TEST_PLAN_EVENT.RECORDED_AT, TEST_PLAN_EVENT.RECORDED_AT.minus(interval))
			.set(TEST_PLAN_EVENT.OCCURRED_ON, TEST_PLAN_EVENT.OCCURRED_ON.minus((int) by.toDays()))
			.where(IdColumns.EVENT_TEST_PLAN_ID.eq(id))
			.and(TEST_PLAN_EVENT.KIND.convert(new EnumConverter<>(String.class, TestEventKind.class))
				.eq(TestEventKind.SUBMITTED))
			.execute();
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
