package org.airegistry.incident;

import java.time.Instant;

/**
 * One submitted version of a report, immutable.
 *
 * @param number its number (1 for the first submission)
 * @param type what it is (Art 73(5)-(6))
 * @param data its content
 * @param changeSummary what the reporter said is new (empty for the first)
 * @param submittedAt when it was submitted
 * @param contentSha256 SHA-256 of its canonical JSON
 */
public record SubmittedVersion(int number, ReportType type, IncidentReportData data, String changeSummary,
		Instant submittedAt, String contentSha256) {

}
