package org.airegistry.gpai;

import java.time.Instant;

/**
 * One published version of a model page as the public sees it.
 *
 * @param latestVersion the newest published version of the model
 * @param changeSummary what changed in this version; empty when nothing was said
 * @param contentSha256 SHA-256 of the canonical JSON of {@code data}
 */
public record PublicModel(GpaiModelId id, int version, int latestVersion, GpaiModelData data, String providerName,
		Instant publishedAt, String changeSummary, String contentSha256, String canonicalJson) {

}
