package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;

/**
 * An invited user set name and password; the account can log in from now on.
 *
 * @param user the account
 * @param organisation its organisation
 */
public record InvitationAccepted(UserId user, OrganisationId organisation) implements DomainEvent {
}
