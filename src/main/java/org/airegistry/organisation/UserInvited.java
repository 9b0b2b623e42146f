package org.airegistry.organisation;

import java.util.Set;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;

/**
 * An organisation admin invited a colleague.
 *
 * @param user the new (not yet usable) account
 * @param roles the roles it will have
 */
public record UserInvited(UserId user, Set<Role> roles) implements DomainEvent {
}
