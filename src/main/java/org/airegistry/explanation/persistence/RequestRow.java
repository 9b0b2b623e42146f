package org.airegistry.explanation.persistence;

import java.time.Instant;
import java.util.UUID;

import org.airegistry.explanation.RefusalGround;
import org.airegistry.explanation.RequestState;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A stored explanation request as it is in the table; columns ending in {@code Enc} hold
 * AES-GCM ciphertext (null after anonymisation). The registration number is empty when
 * the person named no public entry.
 */
public record RequestRow(UUID id, String reference, String registrationNumber, OrganisationId deployerId,
		RequestState state, String language, @Nullable String emailEnc, @Nullable String decisionEnc,
		@Nullable String decisionDateEnc, @Nullable String decisionReferenceEnc, @Nullable String adverseEnc,
		@Nullable String trackingTokenEnc, @Nullable Instant verifyExpiresAt, Instant createdAt,
		@Nullable Instant submittedAt, int extensionMonths, @Nullable Instant extendedAt, @Nullable Instant respondedAt,
		@Nullable Boolean respondedOnTime, @Nullable RequestState outcome, @Nullable RefusalGround refusalGround,
		@Nullable Instant closedAt, @Nullable Instant escalatedAt, @Nullable Instant complaintClosedAt,
		@Nullable Instant deployerRemindedAt, @Nullable Instant deployerOverdueAt, @Nullable Instant personOverdueAt,
		@Nullable Instant anonymisedAt, @Nullable String systemDescriptionEnc) {

}
