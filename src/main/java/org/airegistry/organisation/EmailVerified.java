package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;

/**
 * A user confirmed their login address through the link mailed at sign-up.
 *
 * @param user the account
 * @param organisation its organisation
 */
public record EmailVerified(UserId user, OrganisationId organisation) implements DomainEvent {
}
