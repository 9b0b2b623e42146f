package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;

/**
 * An administrator invited a user of an authority.
 *
 * @param user the new account
 * @param authority its authority
 * @param access its roles and competences as the audit trail shows them
 */
public record AuthorityUserInvited(UserId user, OrganisationId authority, String access) implements DomainEvent {
}
