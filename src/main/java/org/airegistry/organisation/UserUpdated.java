package org.airegistry.organisation;

import java.util.Set;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;

/**
 * An organisation admin changed a colleague's roles or whether the account is active.
 *
 * @param user the account
 * @param rolesBefore its roles before
 * @param activeBefore whether it was active before
 * @param roles its roles now
 * @param active whether it is active now
 */
public record UserUpdated(UserId user, Set<Role> rolesBefore, boolean activeBefore, Set<Role> roles,
		boolean active) implements DomainEvent {
}
