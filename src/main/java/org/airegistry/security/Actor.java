package org.airegistry.security;

import java.util.Objects;
import java.util.Set;

import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;

/**
 * A logged-in user acting for their organisation.
 *
 * @param userId the user
 * @param organisationId the organisation the user acts for
 * @param loginEmail the login name
 * @param displayName the user's name (never shown on public pages)
 * @param roles what the user may do
 */
public record Actor(UserId userId, OrganisationId organisationId, String loginEmail, String displayName,
		Set<Role> roles) {

	public Actor {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(organisationId, "organisationId");
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether this actor acts for the given organisation. */
	public boolean actsFor(OrganisationId organisation) {
		return organisationId.equals(organisation);
	}

}
