package org.airegistry.publication;

import java.time.Instant;

/**
 * The generic part of one published version, as every kind reads it.
 *
 * @param version this version's number (1 for the first publication)
 * @param latestVersion the newest published version of the record
 * @param data the published content
 * @param changeSummary what the owner said changed (empty for none)
 * @param firstPublishedAt when version 1 was published (the registration date)
 * @param publishedAt when this version was published
 * @param contentSha256 SHA-256 of the version's canonical JSON
 * @param visibility who may see this version
 */
public record PublishedVersion<D>(int version, int latestVersion, D data, String changeSummary,
		Instant firstPublishedAt, Instant publishedAt, String contentSha256, Visibility visibility) {

	public boolean isLatest() {
		return version == latestVersion;
	}

}
