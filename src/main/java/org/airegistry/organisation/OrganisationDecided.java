package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A regulator approved or rejected a pending organisation.
 *
 * @param organisation the organisation
 * @param status {@link OrganisationStatus#ACTIVE} or {@link OrganisationStatus#REJECTED}
 * @param reason the reason of a rejection, null for an approval
 */
public record OrganisationDecided(OrganisationId organisation, OrganisationStatus status,
		@Nullable String reason) implements DomainEvent {
}
