package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;

/**
 * An organisation signed up; it waits for a regulator's approval.
 *
 * @param organisation the new organisation
 */
public record OrganisationSignedUp(OrganisationId organisation) implements DomainEvent {
}
