package org.airegistry.incident;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a list of reports.
 *
 * @param title the title of the working copy (reporter) or of the latest submitted
 * version (authority)
 */
public record IncidentSummary(IncidentId id, String reference, ReporterRole role, Route route, String reporterName,
		String subjectName, @Nullable String registrationNumber, IncidentState state, String title,
		@Nullable DeadlineCase deadlineCase, @Nullable Instant dueAt, @Nullable Instant firstSubmittedAt, boolean late,
		@Nullable Integer submittedVersion, boolean draftChanged, Instant updatedAt) {

	/** Whether the deadline passed with nothing submitted yet. */
	public boolean overdue(Instant now) {
		return firstSubmittedAt == null && dueAt != null && !now.isBefore(dueAt);
	}

}
