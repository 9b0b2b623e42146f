package org.airegistry.moderation.persistence;

import static org.airegistry.db.Tables.INACCURACY_REPORT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.moderation.InaccuracyReport;
import org.airegistry.moderation.ReportStatus;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Condition;
import org.airegistry.db.SharedIds;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads and writes inaccuracy reports. */
@Repository
public class ReportRepository {

	/**
	 * A stored report with what only the service may see: the reporter's address
	 * encrypted, or in clear when it was stored before encryption (moved at start).
	 */
	public record StoredReport(UUID id, OrganisationId organisation, @Nullable String reporterEmailEnc,
			@Nullable String clearReporterEmail, String language, InaccuracyReport report) {
	}

	/** The status column, read and written as the enum (DD026). */
	private static final Field<ReportStatus> STATUS = INACCURACY_REPORT.STATUS
		.convert(new EnumConverter<>(String.class, ReportStatus.class));

	/** The id columns, read and written as the typed ids (DD026). */
	private static final Field<OrganisationId> ORGANISATION_ID = INACCURACY_REPORT.ORGANISATION_ID
		.convert(SharedIds.ORGANISATION);

	private static final Field<UserId> RESPONDED_BY = INACCURACY_REPORT.RESPONDED_BY.convert(SharedIds.USER);

	private final DSLContext dsl;

	ReportRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public boolean referenceTaken(String reference) {
		return dsl.fetchExists(INACCURACY_REPORT, INACCURACY_REPORT.REFERENCE.eq(reference));
	}

	public void insert(UUID id, String reference, String registrationNumber, OrganisationId organisation, int version,
			@Nullable String concernedField, String description, @Nullable String reporterEmailEnc, String language,
			String tokenSha256, Instant now) {
		dsl.insertInto(INACCURACY_REPORT)
			.set(INACCURACY_REPORT.REPORT_ID, id)
			.set(INACCURACY_REPORT.REFERENCE, reference)
			.set(INACCURACY_REPORT.REGISTRATION_NUMBER, registrationNumber)
			.set(ORGANISATION_ID, organisation)
			.set(INACCURACY_REPORT.ENTRY_VERSION, version)
			.set(INACCURACY_REPORT.CONCERNED_FIELD, concernedField)
			.set(INACCURACY_REPORT.DESCRIPTION, description)
			.set(INACCURACY_REPORT.REPORTER_EMAIL_ENC, reporterEmailEnc)
			.set(INACCURACY_REPORT.REPORTER_LANGUAGE, language)
			.set(INACCURACY_REPORT.TOKEN_SHA256, tokenSha256)
			.set(STATUS, ReportStatus.OPEN)
			.set(INACCURACY_REPORT.CREATED_AT, now)
			.execute();
	}

	public Optional<StoredReport> byToken(String tokenSha256) {
		return one(INACCURACY_REPORT.TOKEN_SHA256.eq(tokenSha256));
	}

	public Optional<StoredReport> byReference(String reference) {
		return one(INACCURACY_REPORT.REFERENCE.eq(reference));
	}

	public List<InaccuracyReport> ofOrganisation(OrganisationId organisation) {
		return reports().where(ORGANISATION_ID.eq(organisation))
			.orderBy(INACCURACY_REPORT.CREATED_AT.desc())
			.fetch(record -> toStored(record).report());
	}

	public List<InaccuracyReport> all(@Nullable ReportStatus status, int limit) {
		return reports().where(status == null ? DSL.noCondition() : STATUS.eq(status))
			.orderBy(INACCURACY_REPORT.CREATED_AT.desc())
			.limit(limit)
			.fetch(record -> toStored(record).report());
	}

	public int countOpen() {
		return dsl.fetchCount(INACCURACY_REPORT, STATUS.eq(ReportStatus.OPEN));
	}

	/** Records the outcome if the report is still open; false if it no longer was. */
	public boolean respond(UUID id, ReportStatus outcome, String response, UserId by, Instant now) {
		return dsl.update(INACCURACY_REPORT)
			.set(STATUS, outcome)
			.set(INACCURACY_REPORT.RESPONSE, response)
			.set(RESPONDED_BY, by)
			.set(INACCURACY_REPORT.RESPONDED_AT, now)
			.where(INACCURACY_REPORT.REPORT_ID.eq(id))
			.and(STATUS.eq(ReportStatus.OPEN))
			.execute() == 1;
	}

	/** Reports with an address: id, encrypted address, address in clear (before 0.2). */
	public List<StoredAddress> withAddresses() {
		return dsl
			.select(INACCURACY_REPORT.REPORT_ID, INACCURACY_REPORT.REPORTER_EMAIL_ENC, INACCURACY_REPORT.REPORTER_EMAIL)
			.from(INACCURACY_REPORT)
			.where(INACCURACY_REPORT.REPORTER_EMAIL_ENC.isNotNull().or(INACCURACY_REPORT.REPORTER_EMAIL.isNotNull()))
			.fetch(org.jooq.Records.mapping(StoredAddress::new));
	}

	/**
	 * A reporter's address as stored: encrypted, or (rows from before encryption) in the
	 * clear.
	 *
	 * @param reportId the report
	 * @param encrypted the sealed address, if sealed
	 * @param clear the clear address, if not yet sealed
	 */
	public record StoredAddress(UUID reportId, @org.jspecify.annotations.Nullable String encrypted,
			@org.jspecify.annotations.Nullable String clear) {
	}

	/** Stores the address encrypted and empties the clear column. */
	public void storeAddress(UUID id, String reporterEmailEnc) {
		dsl.update(INACCURACY_REPORT)
			.set(INACCURACY_REPORT.REPORTER_EMAIL_ENC, reporterEmailEnc)
			.setNull(INACCURACY_REPORT.REPORTER_EMAIL)
			.where(INACCURACY_REPORT.REPORT_ID.eq(id))
			.execute();
	}

	private Optional<StoredReport> one(Condition condition) {
		return reports().where(condition).fetchOptional(ReportRepository::toStored);
	}

	/** The report table's columns, the status as the enum, the ids typed. */
	private SelectJoinStep<Record> reports() {
		List<Field<?>> fields = new ArrayList<>(List.of(INACCURACY_REPORT.fields()));
		fields
			.replaceAll(field -> field == INACCURACY_REPORT.STATUS ? STATUS : field == INACCURACY_REPORT.ORGANISATION_ID
					? ORGANISATION_ID : field == INACCURACY_REPORT.RESPONDED_BY ? RESPONDED_BY : field);
		return dsl.select(fields).from(INACCURACY_REPORT);
	}

	private static StoredReport toStored(Record r) {
		String email = r.get(INACCURACY_REPORT.REPORTER_EMAIL);
		String emailEnc = r.get(INACCURACY_REPORT.REPORTER_EMAIL_ENC);
		InaccuracyReport report = new InaccuracyReport(r.get(INACCURACY_REPORT.REFERENCE),
				r.get(INACCURACY_REPORT.REGISTRATION_NUMBER), r.get(INACCURACY_REPORT.ENTRY_VERSION),
				r.get(INACCURACY_REPORT.CONCERNED_FIELD), r.get(INACCURACY_REPORT.DESCRIPTION), r.get(STATUS),
				r.get(INACCURACY_REPORT.RESPONSE), r.get(INACCURACY_REPORT.CREATED_AT),
				r.get(INACCURACY_REPORT.RESPONDED_AT), email != null || emailEnc != null);
		return new StoredReport(r.get(INACCURACY_REPORT.REPORT_ID), r.get(ORGANISATION_ID), emailEnc, email,
				r.get(INACCURACY_REPORT.REPORTER_LANGUAGE), report);
	}

}
