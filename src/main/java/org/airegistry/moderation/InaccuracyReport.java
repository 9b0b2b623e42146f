package org.airegistry.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A report that a public entry is inaccurate, as the provider, the regulator and (through
 * the private link) the reporter see it. The reporter's email address is not part of it.
 *
 * @param reference short public reference, e.g. {@code R-7K2M9Q}
 * @param registrationNumber the entry reported
 * @param entryVersion the version that was public when the report was filed
 * @param concernedField the Annex VIII item concerned, if the reporter named one
 * @param description what the reporter says is wrong
 * @param status where it stands
 * @param response the provider's answer or the regulator's reason, if any
 * @param createdAt when it was filed
 * @param respondedAt when it was answered, if it was
 * @param reporterGaveEmail whether the reporter asked to be told by email
 */
public record InaccuracyReport(String reference, String registrationNumber, int entryVersion,
		@Nullable String concernedField, String description, ReportStatus status, @Nullable String response,
		Instant createdAt, @Nullable Instant respondedAt, boolean reporterGaveEmail) {
}
