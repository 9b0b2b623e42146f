package org.airegistry.publication;

import java.time.Instant;

/**
 * One line of a record's public version history.
 *
 * @param changeSummary what the owner said changed; empty for the first version
 */
public record VersionSummary(int version, Instant publishedAt, String changeSummary, String contentSha256) {

}
