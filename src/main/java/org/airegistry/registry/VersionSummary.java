package org.airegistry.registry;

import java.time.Instant;

/** One line of an entry's public version history. */
public record VersionSummary(int version, Instant publishedAt, String changeSummary, String contentSha256) {

}
