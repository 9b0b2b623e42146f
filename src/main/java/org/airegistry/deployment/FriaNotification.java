package org.airegistry.deployment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An assessment as it was notified to the market surveillance authority (Art 27(3)); what
 * regulators read in their inbox.
 *
 * @param id the notification
 * @param friaId the assessment
 * @param deployerName the deployer's legal name
 * @param providerRegistrationNumber the provider's entry of the assessed system
 * @param systemName the system's trade name
 * @param assessmentVersion the notified version
 * @param data the content as notified
 * @param contentSha256 SHA-256 of that content's canonical JSON
 * @param notifiedAt when the deployer notified it
 * @param acknowledgedAt when a regulator acknowledged it, if yet
 */
public record FriaNotification(UUID id, FriaId friaId, String deployerName, String providerRegistrationNumber,
		String systemName, int assessmentVersion, FriaData data, String contentSha256, Instant notifiedAt,
		@Nullable Instant acknowledgedAt) {

}
