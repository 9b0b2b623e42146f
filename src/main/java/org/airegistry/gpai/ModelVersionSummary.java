package org.airegistry.gpai;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One line of a model page's public version history. */
public record ModelVersionSummary(int version, OffsetDateTime publishedAt, @Nullable String changeSummary,
		String contentSha256, boolean systemicRisk) {

}
