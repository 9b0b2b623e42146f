package org.airegistry.organisation;

import java.util.Set;

import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;

/**
 * A user as an organisation admin sees it.
 *
 * @param id the user
 * @param displayName the name (empty until an invitee accepts)
 * @param loginEmail login address
 * @param roles roles in the organisation
 * @param active whether the account may log in (not deactivated)
 * @param verified whether the address was verified (an invitation accepted)
 */
public record OrganisationUser(UserId id, String displayName, String loginEmail, Set<Role> roles, boolean active,
		boolean verified) {

	public OrganisationUser {
		roles = Set.copyOf(roles);
	}

}
