package org.airegistry.incident.persistence;

import static org.airegistry.db.Tables.INCIDENT_DOCUMENT;
import static org.airegistry.db.Tables.INCIDENT_HANDLING;
import static org.airegistry.db.Tables.INCIDENT_INFORMATION_REQUEST;
import static org.airegistry.db.Tables.INCIDENT_MEASURE;
import static org.airegistry.db.Tables.INCIDENT_REPORT;
import static org.airegistry.db.Tables.INCIDENT_REPORT_VERSION;
import static org.airegistry.db.Tables.ORGANISATION;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.db.ConvertedFields;
import org.airegistry.incident.AuthorityKind;
import org.airegistry.incident.DeadlineCase;
import org.airegistry.incident.Handling;
import org.airegistry.incident.HandlingState;
import org.airegistry.incident.IncidentId;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentReportData;
import org.airegistry.incident.IncidentState;
import org.airegistry.incident.IncidentSummary;
import org.airegistry.incident.InformationRequest;
import org.airegistry.incident.Measure;
import org.airegistry.incident.MeasureKind;
import org.airegistry.incident.ReportType;
import org.airegistry.incident.ReporterRole;
import org.airegistry.incident.Route;
import org.airegistry.incident.SubmittedVersion;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.Draft;
import org.airegistry.publication.Visibility;
import org.airegistry.publication.store.KindColumns;
import org.airegistry.publication.store.PublicationStore;
import org.airegistry.publication.store.PublicationTables;
import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes serious-incident reports on the publication kernel's store (every
 * version {@link Visibility#NEVER_PUBLIC}; no public read exists for them), the
 * authorities' handlings, measures, requests for information and attachments.
 */
@Repository
public class IncidentRepository {

	// the text columns holding enums, read and written as the enums (DD026)
	private static final Field<ReporterRole> REPORTER_ROLE = INCIDENT_REPORT.REPORTER_ROLE
		.convert(new EnumConverter<>(String.class, ReporterRole.class));

	private static final Field<Route> ROUTE = INCIDENT_REPORT.ROUTE
		.convert(new EnumConverter<>(String.class, Route.class));

	private static final Field<AnnexIIIPoint> ANNEX_III_POINT = INCIDENT_REPORT.ANNEX_III_POINT
		.convert(new EnumConverter<>(String.class, AnnexIIIPoint.class));

	private static final Field<IncidentState> STATE = INCIDENT_REPORT.STATE
		.convert(new EnumConverter<>(String.class, IncidentState.class));

	private static final Field<DeadlineCase> DEADLINE_CASE = INCIDENT_REPORT.DEADLINE_CASE
		.convert(new EnumConverter<>(String.class, DeadlineCase.class));

	private static final Field<ReportType> REPORT_TYPE = INCIDENT_REPORT_VERSION.REPORT_TYPE
		.convert(new EnumConverter<>(String.class, ReportType.class));

	private static final Field<AuthorityKind> HANDLING_AUTHORITY_KIND = INCIDENT_HANDLING.AUTHORITY_KIND
		.convert(new EnumConverter<>(String.class, AuthorityKind.class));

	private static final Field<MemberState> HANDLING_MEMBER_STATE = INCIDENT_HANDLING.MEMBER_STATE
		.convert(new EnumConverter<>(String.class, MemberState.class));

	private static final Field<HandlingState> HANDLING_STATE = INCIDENT_HANDLING.STATE
		.convert(new EnumConverter<>(String.class, HandlingState.class));

	private static final Field<MeasureKind> MEASURE_KIND = INCIDENT_MEASURE.KIND
		.convert(new EnumConverter<>(String.class, MeasureKind.class));

	private final DSLContext dsl;

	private final PublicationStore<IncidentId, IncidentReportData> store;

	IncidentRepository(DSLContext dsl) {
		this.dsl = dsl;
		this.store = new PublicationStore<>(dsl, IncidentReportData.class,
				new PublicationTables<>(new PublicationTables.Records<>(INCIDENT_REPORT, IdColumns.INCIDENT_ID,
						IdColumns.REPORTER_ID, INCIDENT_REPORT.DRAFT_DATA, INCIDENT_REPORT.DRAFT_CHANGED,
						INCIDENT_REPORT.PUBLISHED_VERSION, INCIDENT_REPORT.LOCK_VERSION, INCIDENT_REPORT.CREATED_AT,
						INCIDENT_REPORT.UPDATED_AT, PublicationTables.visibility(INCIDENT_REPORT.VISIBILITY),
						PublicationTables.publicHold(INCIDENT_REPORT.PUBLIC_HOLD)),
						new PublicationTables.Versions<>(INCIDENT_REPORT_VERSION, IdColumns.VERSION_INCIDENT_ID,
								INCIDENT_REPORT_VERSION.VERSION_NUMBER, INCIDENT_REPORT_VERSION.DATA,
								INCIDENT_REPORT_VERSION.CHANGE_SUMMARY, INCIDENT_REPORT_VERSION.CONTENT_SHA256,
								INCIDENT_REPORT_VERSION.PUBLISHED_AT, IdColumns.VERSION_PUBLISHED_BY,
								PublicationTables.visibility(INCIDENT_REPORT_VERSION.VISIBILITY))),
				new ReportColumns());
	}

	/** The kernel's store of reports, for the publish flow. */
	public PublicationStore<IncidentId, IncidentReportData> store() {
		return store;
	}

	/** Each version records what kind of report it is. */
	private static final class ReportColumns implements KindColumns<IncidentId, IncidentReportData> {

		@Override
		public Map<Field<?>, ?> version(Draft<IncidentId, IncidentReportData> draft, IncidentReportData data,
				Visibility visibility) {
			return Map.of(REPORT_TYPE, data.reportType());
		}

	}

	// ----------------------------------------------------------------- reports

	/** What a new report is about and where it goes. */
	public record NewReport(IncidentId id, OrganisationId reporter, UserId createdBy, String reference,
			ReporterRole role, Route route, @Nullable String registrationNumber, @Nullable UUID gpaiModelId,
			String subjectName, @Nullable OrganisationId provider, @Nullable AnnexIIIPoint annexIIIPoint,
			boolean lawEnforcementUse, @Nullable IncidentId basedOn, IncidentReportData data) {
	}

	public void insert(NewReport report, Instant now) {
		Map<Field<?>, Object> columns = new HashMap<>();
		columns.put(INCIDENT_REPORT.REFERENCE, report.reference());
		columns.put(REPORTER_ROLE, report.role());
		columns.put(ROUTE, report.route());
		columns.put(INCIDENT_REPORT.REGISTRATION_NUMBER, report.registrationNumber());
		columns.put(INCIDENT_REPORT.GPAI_MODEL_ID, report.gpaiModelId());
		columns.put(INCIDENT_REPORT.SUBJECT_NAME, report.subjectName());
		columns.put(IdColumns.PROVIDER_ID, report.provider());
		columns.put(ANNEX_III_POINT, report.annexIIIPoint());
		columns.put(INCIDENT_REPORT.LAW_ENFORCEMENT_USE, report.lawEnforcementUse());
		columns.put(IdColumns.BASED_ON_ID, report.basedOn());
		columns.put(STATE, IncidentState.DRAFT);
		columns.put(IdColumns.CREATED_BY, report.createdBy());
		store.insertDraft(report.id(), report.reporter(), report.data(), null, columns, now);
	}

	public boolean referenceExists(String reference) {
		return dsl.fetchExists(INCIDENT_REPORT, INCIDENT_REPORT.REFERENCE.eq(reference));
	}

	/** The report, whoever owns it (callers check who may see it). */
	public Optional<IncidentReport> find(IncidentId id) {
		return reports().where(IdColumns.INCIDENT_ID.eq(id)).fetchOptional(this::toReport);
	}

	/** Saves the working copy if nobody saved it since {@code expectedLockVersion}. */
	public boolean saveDraft(IncidentId id, OrganisationId owner, long expectedLockVersion, IncidentReportData data,
			Instant now) {
		return store.saveDraft(id, owner, expectedLockVersion, data, now);
	}

	/** Records the reporting deadline (of the working copy, or frozen at submission). */
	public void setDeadline(IncidentId id, @Nullable DeadlineCase deadlineCase, @Nullable Instant clockStart,
			@Nullable Instant dueAt) {
		dsl.update(INCIDENT_REPORT)
			.set(DEADLINE_CASE, deadlineCase)
			.set(INCIDENT_REPORT.CLOCK_START_AT, clockStart)
			.set(INCIDENT_REPORT.DUE_AT, dueAt)
			.where(IdColumns.INCIDENT_ID.eq(id))
			.execute();
	}

	/**
	 * Records a submission: the new state, and for the first one when and whether late.
	 */
	public void submitted(IncidentId id, IncidentState state, Instant at, boolean first, boolean late,
			boolean complete) {
		var update = dsl.update(INCIDENT_REPORT).set(STATE, state);
		if (first) {
			update = update.set(INCIDENT_REPORT.FIRST_SUBMITTED_AT, at).set(INCIDENT_REPORT.LATE, late);
		}
		if (complete) {
			update = update.set(INCIDENT_REPORT.COMPLETE_SUBMITTED_AT,
					DSL.coalesce(INCIDENT_REPORT.COMPLETE_SUBMITTED_AT, DSL.val(at)));
		}
		update.where(IdColumns.INCIDENT_ID.eq(id)).execute();
	}

	public void setState(IncidentId id, IncidentState state, @Nullable Instant closedAt) {
		dsl.update(INCIDENT_REPORT)
			.set(STATE, state)
			.set(INCIDENT_REPORT.CLOSED_AT, closedAt)
			.where(IdColumns.INCIDENT_ID.eq(id))
			.execute();
	}

	/** The organisation's reports, most recently changed first. */
	public List<IncidentSummary> ofReporter(OrganisationId organisation) {
		return reports().where(IdColumns.REPORTER_ID.eq(organisation))
			.orderBy(INCIDENT_REPORT.UPDATED_AT.desc())
			.fetch(this::toSummary);
	}

	/**
	 * Submitted reports of deployers about the provider's systems that went to the
	 * provider first (Art 26(5)), newest first.
	 */
	public List<IncidentSummary> fromDeployersOf(OrganisationId provider) {
		return reports().where(IdColumns.PROVIDER_ID.eq(provider))
			.and(REPORTER_ROLE.eq(ReporterRole.DEPLOYER))
			.and(ROUTE.eq(Route.PROVIDER_FIRST))
			.and(INCIDENT_REPORT.PUBLISHED_VERSION.isNotNull())
			.orderBy(INCIDENT_REPORT.FIRST_SUBMITTED_AT.desc())
			.fetch(this::toSummary);
	}

	/** Reports started from a deployer's report. */
	public List<IncidentSummary> basedOn(IncidentId deployerReport) {
		return reports().where(IdColumns.BASED_ON_ID.eq(deployerReport)).fetch(this::toSummary);
	}

	/** Unsubmitted reports with a deadline, for reminders. */
	public List<IncidentReport> unsubmittedWithDeadline() {
		return reports().where(STATE.eq(IncidentState.DRAFT))
			.and(INCIDENT_REPORT.DUE_AT.isNotNull())
			.fetch(this::toReport);
	}

	public void markReminded(IncidentId id, Instant at) {
		dsl.update(INCIDENT_REPORT).set(INCIDENT_REPORT.REMINDED_AT, at).where(IdColumns.INCIDENT_ID.eq(id)).execute();
	}

	public void markOverdueNotified(IncidentId id, Instant at) {
		dsl.update(INCIDENT_REPORT)
			.set(INCIDENT_REPORT.OVERDUE_NOTIFIED_AT, at)
			.where(IdColumns.INCIDENT_ID.eq(id))
			.execute();
	}

	public Optional<Instant> remindedAt(IncidentId id) {
		return dsl.select(INCIDENT_REPORT.REMINDED_AT)
			.from(INCIDENT_REPORT)
			.where(IdColumns.INCIDENT_ID.eq(id))
			.fetchOptional(INCIDENT_REPORT.REMINDED_AT);
	}

	public Optional<Instant> overdueNotifiedAt(IncidentId id) {
		return dsl.select(INCIDENT_REPORT.OVERDUE_NOTIFIED_AT)
			.from(INCIDENT_REPORT)
			.where(IdColumns.INCIDENT_ID.eq(id))
			.fetchOptional(INCIDENT_REPORT.OVERDUE_NOTIFIED_AT);
	}

	// ---------------------------------------------------------------- versions

	/** Every submitted version of the report, newest first (never public). */
	public List<SubmittedVersion> versions(IncidentId id) {
		return dsl
			.select(INCIDENT_REPORT_VERSION.VERSION_NUMBER, REPORT_TYPE, INCIDENT_REPORT_VERSION.DATA,
					INCIDENT_REPORT_VERSION.CHANGE_SUMMARY, INCIDENT_REPORT_VERSION.PUBLISHED_AT,
					INCIDENT_REPORT_VERSION.CONTENT_SHA256)
			.from(INCIDENT_REPORT_VERSION)
			.where(IdColumns.VERSION_INCIDENT_ID.eq(id))
			.orderBy(INCIDENT_REPORT_VERSION.VERSION_NUMBER.desc())
			.fetch(org.jooq.Records.mapping((number, type, data, summary, at, sha) -> new SubmittedVersion(number, type,
					CanonicalJson.read(data, IncidentReportData.class), summary == null ? "" : summary, at, sha)));
	}

	// --------------------------------------------------------------- handlings

	public void insertHandling(UUID handlingId, IncidentId incident, AuthorityKind kind,
			@Nullable MemberState memberState, @Nullable OrganisationId authority, HandlingState state,
			Instant receivedAt, @Nullable Instant measuresDueAt) {
		dsl.insertInto(INCIDENT_HANDLING)
			.set(INCIDENT_HANDLING.HANDLING_ID, handlingId)
			.set(IdColumns.HANDLING_INCIDENT_ID, incident)
			.set(HANDLING_AUTHORITY_KIND, kind)
			.set(HANDLING_MEMBER_STATE, memberState)
			.set(IdColumns.HANDLING_AUTHORITY_ID, authority)
			.set(HANDLING_STATE, state)
			.set(INCIDENT_HANDLING.RECEIVED_AT, receivedAt)
			.set(INCIDENT_HANDLING.ROUTED_AT, authority == null ? null : receivedAt)
			.set(INCIDENT_HANDLING.MEASURES_DUE_AT, measuresDueAt)
			.set(INCIDENT_HANDLING.LOCK_VERSION, 0L)
			.execute();
	}

	public List<Handling> handlings(IncidentId incident) {
		return handlingRows().where(IdColumns.HANDLING_INCIDENT_ID.eq(incident))
			.orderBy(INCIDENT_HANDLING.AUTHORITY_KIND, INCIDENT_HANDLING.MEMBER_STATE)
			.fetch(this::toHandling);
	}

	public Optional<Handling> handling(UUID handlingId) {
		return handlingRows().where(INCIDENT_HANDLING.HANDLING_ID.eq(handlingId)).fetchOptional(this::toHandling);
	}

	/** Handlings still waiting for an authority of their Member State. */
	public List<Handling> awaitingAuthority() {
		return handlingRows().where(HANDLING_STATE.eq(HandlingState.AWAITING_AUTHORITY)).fetch(this::toHandling);
	}

	/** Changes a handling if nobody changed it since it was read. */
	public boolean updateHandling(Handling handling, HandlingState state, Map<Field<?>, Object> changes) {
		Map<Field<?>, Object> values = new HashMap<>(changes);
		values.put(HANDLING_STATE, state);
		return dsl.update(INCIDENT_HANDLING)
			.set(values)
			.set(INCIDENT_HANDLING.LOCK_VERSION, INCIDENT_HANDLING.LOCK_VERSION.plus(1))
			.where(INCIDENT_HANDLING.HANDLING_ID.eq(handling.id()))
			.and(INCIDENT_HANDLING.LOCK_VERSION.eq(handling.lockVersion()))
			.execute() == 1;
	}

	/** The columns a handling change may set. */
	public enum HandlingColumn {

		AUTHORITY, ROUTED_AT, MEASURES_DUE_AT, ACKNOWLEDGED_AT, MEASURES_RECORDED_AT, COMMISSION_NOTIFIED_AT,
		NOTICE_PUBLISHED_AT, CLOSED_AT, CLOSE_REASON;

		Field<?> field() {
			return switch (this) {
				case AUTHORITY -> IdColumns.HANDLING_AUTHORITY_ID;
				case ROUTED_AT -> INCIDENT_HANDLING.ROUTED_AT;
				case MEASURES_DUE_AT -> INCIDENT_HANDLING.MEASURES_DUE_AT;
				case ACKNOWLEDGED_AT -> INCIDENT_HANDLING.ACKNOWLEDGED_AT;
				case MEASURES_RECORDED_AT -> INCIDENT_HANDLING.MEASURES_RECORDED_AT;
				case COMMISSION_NOTIFIED_AT -> INCIDENT_HANDLING.COMMISSION_NOTIFIED_AT;
				case NOTICE_PUBLISHED_AT -> INCIDENT_HANDLING.NOTICE_PUBLISHED_AT;
				case CLOSED_AT -> INCIDENT_HANDLING.CLOSED_AT;
				case CLOSE_REASON -> INCIDENT_HANDLING.CLOSE_REASON;
			};
		}

	}

	/**
	 * A change of a handling's columns; the authority is set as its id through the
	 * converted field.
	 */
	public static Map<Field<?>, Object> changes(Map<HandlingColumn, @Nullable Object> values) {
		Map<Field<?>, Object> changes = new HashMap<>();
		values.forEach((column, value) -> changes.put(column.field(), value));
		return changes;
	}

	/** An authority's inbox: the handlings of its organisation with their reports. */
	public List<Handling> ofAuthority(OrganisationId authority) {
		return handlingRows().where(IdColumns.HANDLING_AUTHORITY_ID.eq(authority))
			.orderBy(INCIDENT_HANDLING.RECEIVED_AT.desc())
			.fetch(this::toHandling);
	}

	/** Every handling (counts and charts over all authorities; no content). */
	public List<Handling> allHandlings() {
		return handlingRows().fetch(this::toHandling);
	}

	/** Summaries of the reports, by id. */
	public Map<IncidentId, IncidentSummary> summaries(Collection<IncidentId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return reports().where(IdColumns.INCIDENT_ID.in(ids))
			.fetchMap(row -> row.get(IdColumns.INCIDENT_ID), this::toSummary);
	}

	/** Every submitted report (statistics; no content leaves the console). */
	public List<IncidentReport> submitted() {
		return reports().where(INCIDENT_REPORT.FIRST_SUBMITTED_AT.isNotNull()).fetch(this::toReport);
	}

	// ------------------------------------------------- measures and requests

	public void insertMeasure(UUID handling, MeasureKind kind, String description, UserId by, Instant at) {
		dsl.insertInto(INCIDENT_MEASURE)
			.set(INCIDENT_MEASURE.MEASURE_ID, UUID.randomUUID())
			.set(INCIDENT_MEASURE.HANDLING_ID, handling)
			.set(MEASURE_KIND, kind)
			.set(INCIDENT_MEASURE.DESCRIPTION, description)
			.set(INCIDENT_MEASURE.RECORDED_AT, at)
			.set(IdColumns.MEASURE_RECORDED_BY, by)
			.execute();
	}

	public List<Measure> measures(Collection<UUID> handlings) {
		if (handlings.isEmpty()) {
			return List.of();
		}
		return dsl
			.select(INCIDENT_MEASURE.MEASURE_ID, INCIDENT_MEASURE.HANDLING_ID, MEASURE_KIND,
					INCIDENT_MEASURE.DESCRIPTION, INCIDENT_MEASURE.RECORDED_AT)
			.from(INCIDENT_MEASURE)
			.where(INCIDENT_MEASURE.HANDLING_ID.in(handlings))
			.orderBy(INCIDENT_MEASURE.RECORDED_AT)
			.fetch(org.jooq.Records.mapping(Measure::new));
	}

	public void insertRequest(UUID handling, String text, @Nullable LocalDate dueOn, UserId by, Instant at) {
		dsl.insertInto(INCIDENT_INFORMATION_REQUEST)
			.set(INCIDENT_INFORMATION_REQUEST.REQUEST_ID, UUID.randomUUID())
			.set(INCIDENT_INFORMATION_REQUEST.HANDLING_ID, handling)
			.set(INCIDENT_INFORMATION_REQUEST.REQUEST_TEXT, text)
			.set(INCIDENT_INFORMATION_REQUEST.DUE_ON, dueOn)
			.set(INCIDENT_INFORMATION_REQUEST.REQUESTED_AT, at)
			.set(IdColumns.REQUESTED_BY, by)
			.execute();
	}

	public List<InformationRequest> requests(Collection<UUID> handlings) {
		if (handlings.isEmpty()) {
			return List.of();
		}
		return dsl
			.select(INCIDENT_INFORMATION_REQUEST.REQUEST_ID, INCIDENT_INFORMATION_REQUEST.HANDLING_ID,
					INCIDENT_INFORMATION_REQUEST.REQUEST_TEXT, INCIDENT_INFORMATION_REQUEST.DUE_ON,
					INCIDENT_INFORMATION_REQUEST.REQUESTED_AT, INCIDENT_INFORMATION_REQUEST.ANSWERED_AT,
					INCIDENT_INFORMATION_REQUEST.ANSWERED_VERSION)
			.from(INCIDENT_INFORMATION_REQUEST)
			.where(INCIDENT_INFORMATION_REQUEST.HANDLING_ID.in(handlings))
			.orderBy(INCIDENT_INFORMATION_REQUEST.REQUESTED_AT)
			.fetch(org.jooq.Records
				.mapping((id, handling, text, dueOn, at, answeredAt, answeredVersion) -> new InformationRequest(id,
						handling, text, dueOn, at, answeredAt, answeredVersion)));
	}

	/** Marks the open requests of the report's handlings answered by a version. */
	public int answerRequests(IncidentId incident, int version, Instant at) {
		return dsl.update(INCIDENT_INFORMATION_REQUEST)
			.set(INCIDENT_INFORMATION_REQUEST.ANSWERED_AT, at)
			.set(INCIDENT_INFORMATION_REQUEST.ANSWERED_VERSION, version)
			.where(INCIDENT_INFORMATION_REQUEST.ANSWERED_AT.isNull())
			.and(INCIDENT_INFORMATION_REQUEST.HANDLING_ID.in(DSL.select(INCIDENT_HANDLING.HANDLING_ID)
				.from(INCIDENT_HANDLING)
				.where(IdColumns.HANDLING_INCIDENT_ID.eq(incident))))
			.execute();
	}

	// --------------------------------------------------------------- documents

	public void insertDocumentIfAbsent(IncidentId incident, StoredDocument document, byte[] content, UserId by,
			Instant at) {
		if (documentExists(incident, document.sha256())) {
			return;
		}
		dsl.insertInto(INCIDENT_DOCUMENT)
			.set(IdColumns.DOCUMENT_INCIDENT_ID, incident)
			.set(INCIDENT_DOCUMENT.SHA256, document.sha256())
			.set(INCIDENT_DOCUMENT.FILE_NAME, document.fileName())
			.set(INCIDENT_DOCUMENT.BYTE_SIZE, document.size())
			.set(INCIDENT_DOCUMENT.CONTENT, content)
			.set(INCIDENT_DOCUMENT.UPLOADED_AT, at)
			.set(IdColumns.DOCUMENT_UPLOADED_BY, by)
			.execute();
	}

	public boolean documentExists(IncidentId incident, String sha256) {
		return dsl.fetchExists(INCIDENT_DOCUMENT,
				IdColumns.DOCUMENT_INCIDENT_ID.eq(incident).and(INCIDENT_DOCUMENT.SHA256.eq(sha256)));
	}

	public Optional<byte[]> documentContent(IncidentId incident, String sha256) {
		return dsl.select(INCIDENT_DOCUMENT.CONTENT)
			.from(INCIDENT_DOCUMENT)
			.where(IdColumns.DOCUMENT_INCIDENT_ID.eq(incident))
			.and(INCIDENT_DOCUMENT.SHA256.eq(sha256))
			.fetchOptional(INCIDENT_DOCUMENT.CONTENT);
	}

	// ----------------------------------------------------------------- mapping

	private org.jooq.SelectJoinStep<Record> reports() {
		List<Field<?>> fields = ConvertedFields.of(INCIDENT_REPORT, REPORTER_ROLE, ROUTE, ANNEX_III_POINT, STATE,
				DEADLINE_CASE, IdColumns.INCIDENT_ID, IdColumns.REPORTER_ID, IdColumns.PROVIDER_ID,
				IdColumns.BASED_ON_ID, IdColumns.CREATED_BY);
		fields.add(ORGANISATION.LEGAL_NAME);
		return dsl.select(fields)
			.from(INCIDENT_REPORT)
			.join(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(INCIDENT_REPORT.ORGANISATION_ID));
	}

	private IncidentReport toReport(Record row) {
		return new IncidentReport(row.get(IdColumns.INCIDENT_ID), row.get(INCIDENT_REPORT.REFERENCE),
				row.get(IdColumns.REPORTER_ID), row.get(ORGANISATION.LEGAL_NAME), row.get(REPORTER_ROLE),
				row.get(ROUTE), row.get(INCIDENT_REPORT.REGISTRATION_NUMBER), row.get(INCIDENT_REPORT.GPAI_MODEL_ID),
				row.get(INCIDENT_REPORT.SUBJECT_NAME), row.get(IdColumns.PROVIDER_ID), row.get(ANNEX_III_POINT),
				Boolean.TRUE.equals(row.get(INCIDENT_REPORT.LAW_ENFORCEMENT_USE)), row.get(STATE),
				row.get(INCIDENT_REPORT.LOCK_VERSION),
				CanonicalJson.read(row.get(INCIDENT_REPORT.DRAFT_DATA), IncidentReportData.class),
				Boolean.TRUE.equals(row.get(INCIDENT_REPORT.DRAFT_CHANGED)), row.get(INCIDENT_REPORT.PUBLISHED_VERSION),
				row.get(DEADLINE_CASE), row.get(INCIDENT_REPORT.CLOCK_START_AT), row.get(INCIDENT_REPORT.DUE_AT),
				row.get(INCIDENT_REPORT.FIRST_SUBMITTED_AT), Boolean.TRUE.equals(row.get(INCIDENT_REPORT.LATE)),
				row.get(INCIDENT_REPORT.COMPLETE_SUBMITTED_AT), row.get(IdColumns.BASED_ON_ID),
				row.get(INCIDENT_REPORT.CREATED_AT));
	}

	private IncidentSummary toSummary(Record row) {
		IncidentReport report = toReport(row);
		return new IncidentSummary(report.id(), report.reference(), report.role(), report.route(),
				report.reporterName(), report.subjectName(), report.registrationNumber(), report.state(),
				report.draft().title(), report.deadlineCase(), report.dueAt(), report.firstSubmittedAt(), report.late(),
				report.submittedVersion(), report.draftChanged(), row.get(INCIDENT_REPORT.UPDATED_AT));
	}

	private org.jooq.SelectJoinStep<Record> handlingRows() {
		List<Field<?>> fields = ConvertedFields.of(INCIDENT_HANDLING, HANDLING_AUTHORITY_KIND, HANDLING_MEMBER_STATE,
				HANDLING_STATE, IdColumns.HANDLING_INCIDENT_ID, IdColumns.HANDLING_AUTHORITY_ID);
		fields.add(ORGANISATION.LEGAL_NAME);
		return dsl.select(fields)
			.from(INCIDENT_HANDLING)
			.leftJoin(ORGANISATION)
			.on(ORGANISATION.ORGANISATION_ID.eq(INCIDENT_HANDLING.AUTHORITY_ID));
	}

	private Handling toHandling(Record row) {
		OrganisationId authority = row.get(IdColumns.HANDLING_AUTHORITY_ID);
		return new Handling(row.get(INCIDENT_HANDLING.HANDLING_ID), row.get(IdColumns.HANDLING_INCIDENT_ID),
				row.get(HANDLING_AUTHORITY_KIND), row.get(HANDLING_MEMBER_STATE), authority,
				authority == null ? null : row.get(ORGANISATION.LEGAL_NAME), row.get(HANDLING_STATE),
				row.get(INCIDENT_HANDLING.RECEIVED_AT), row.get(INCIDENT_HANDLING.MEASURES_DUE_AT),
				row.get(INCIDENT_HANDLING.ACKNOWLEDGED_AT), row.get(INCIDENT_HANDLING.MEASURES_RECORDED_AT),
				row.get(INCIDENT_HANDLING.COMMISSION_NOTIFIED_AT), row.get(INCIDENT_HANDLING.NOTICE_PUBLISHED_AT),
				row.get(INCIDENT_HANDLING.CLOSED_AT), row.get(INCIDENT_HANDLING.CLOSE_REASON),
				row.get(INCIDENT_HANDLING.LOCK_VERSION));
	}

}
