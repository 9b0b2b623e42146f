package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;

/**
 * An administrator deactivated or reactivated an authority.
 *
 * @param id the authority
 * @param active whether it is active now
 */
public record AuthorityActivationChanged(OrganisationId id, boolean active) implements DomainEvent {
}
