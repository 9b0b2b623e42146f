package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;

/**
 * An administrator created an authority.
 *
 * @param id the authority
 * @param description its kind, jurisdiction and name as the audit trail shows them
 */
public record AuthorityCreated(OrganisationId id, String description) implements DomainEvent {
}
