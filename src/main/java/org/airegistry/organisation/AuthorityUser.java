package org.airegistry.organisation;

import java.util.Set;

import org.airegistry.shared.Competence;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;

/**
 * A user of an authority, for the administration console.
 *
 * @param id the account
 * @param displayName the name the user chose (blank until the invitation is accepted)
 * @param loginEmail the login
 * @param roles the user's roles (regulator, or administrator for the registry operator)
 * @param competences what the user is competent for
 * @param active whether the account is active
 * @param verified whether the invitation has been accepted
 */
public record AuthorityUser(UserId id, String displayName, String loginEmail, Set<Role> roles,
		Set<Competence> competences, boolean active, boolean verified) {

	public AuthorityUser {
		roles = Set.copyOf(roles);
		competences = Set.copyOf(competences);
	}

}
