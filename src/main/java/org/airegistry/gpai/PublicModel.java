package org.airegistry.gpai;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One published version of a model page as the public sees it.
 *
 * @param latestVersion the newest published version of the model
 * @param contentSha256 SHA-256 of the canonical JSON of {@code data}
 */
public record PublicModel(GpaiModelId id, int version, int latestVersion, GpaiModelData data, String providerName,
		OffsetDateTime publishedAt, @Nullable String changeSummary, String contentSha256, String canonicalJson) {

}
