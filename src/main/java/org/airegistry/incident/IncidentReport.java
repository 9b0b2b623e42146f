package org.airegistry.incident;

import java.time.Instant;
import java.util.UUID;

import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A serious-incident report as its reporter and the competent authorities see it: the
 * record, its working copy and where it stands.
 *
 * @param id the report
 * @param reference the registry's reference, e.g. {@code SI-7K3M9XQ2} (never public)
 * @param reporter the reporting organisation
 * @param reporterName its legal name
 * @param role who reports, under which article
 * @param route where the report goes
 * @param registrationNumber the AI system's registration number (any section)
 * @param gpaiModelId the GPAI model, for Art 55(1)(c) reports
 * @param subjectName the system's trade name or the model's name
 * @param provider the provider of the system (for a deployer's report: whom it informs
 * first)
 * @param annexIIIPoint the system's Annex III point when the report was started
 * @param lawEnforcementUse whether the system was then a point-1 system used for law
 * enforcement, migration, asylum or border control management
 * @param state where the report stands
 * @param lockVersion optimistic-locking version of the working copy
 * @param draft the working copy
 * @param draftChanged whether the working copy holds changes not yet submitted
 * @param submittedVersion the latest submitted version, {@code null} before the first
 * @param deadlineCase the reporting period that applies (of the working copy until the
 * first submission, then frozen)
 * @param clockStartAt when the period started
 * @param dueAt the first instant at which the first report is late
 * @param firstSubmittedAt when the first version was submitted
 * @param late whether the first version came after the deadline
 * @param completeSubmittedAt when the complete report was submitted (Art 73(5))
 * @param basedOn the deployer's report a provider's report was started from
 * @param createdAt when the report was started
 */
public record IncidentReport(IncidentId id, String reference, OrganisationId reporter, String reporterName,
		ReporterRole role, Route route, @Nullable String registrationNumber, @Nullable UUID gpaiModelId,
		String subjectName, @Nullable OrganisationId provider, @Nullable AnnexIIIPoint annexIIIPoint,
		boolean lawEnforcementUse, IncidentState state, long lockVersion, IncidentReportData draft,
		boolean draftChanged, @Nullable Integer submittedVersion, @Nullable DeadlineCase deadlineCase,
		@Nullable Instant clockStartAt, @Nullable Instant dueAt, @Nullable Instant firstSubmittedAt, boolean late,
		@Nullable Instant completeSubmittedAt, @Nullable IncidentId basedOn, Instant createdAt) {

	/**
	 * Why the market surveillance authorities that receive this report are competent (Art
	 * 70(1), Art 74(8)).
	 */
	public SupervisionBasis supervisionBasis() {
		return supervision().basis();
	}

	/**
	 * The basis with the system's Annex III point, as the authorities' inboxes show it:
	 * with the use for justice and democracy that the working copy answers (for the
	 * authorities, {@link IncidentCases} puts the latest submitted version there).
	 */
	public Supervision supervision() {
		return Supervision.of(annexIIIPoint, lawEnforcementUse, draft.justiceAndDemocracyUse());
	}

	/** Whether the deadline passed with nothing submitted yet. */
	public boolean overdue(Instant now) {
		return firstSubmittedAt == null && dueAt != null && !now.isBefore(dueAt);
	}

}
