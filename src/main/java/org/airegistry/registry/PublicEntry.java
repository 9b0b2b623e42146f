package org.airegistry.registry;

import java.time.Instant;

import org.airegistry.shared.OrganisationId;

/**
 * One published version of an AI system entry as the public sees it.
 *
 * @param id the entry
 * @param registrationNumber the stable public reference, used in the permalink
 * @param providerId the provider organisation
 * @param providerName the provider's legal name
 * @param version this version's number (1 for the first publication)
 * @param latestVersion the newest published version of the entry
 * @param data the registered content
 * @param changeSummary what the provider said changed in this version
 * @param firstPublishedAt when version 1 was published (the registration date)
 * @param publishedAt when this version was published
 * @param contentSha256 SHA-256 of the version's canonical JSON
 */
public record PublicEntry(AiSystemId id, String registrationNumber, OrganisationId providerId, String providerName,
		int version, int latestVersion, EntryData data, String changeSummary, Instant firstPublishedAt,
		Instant publishedAt, String contentSha256) {

	public boolean isLatest() {
		return version == latestVersion;
	}

}
