package org.airegistry.organisation;

import java.util.Set;

import org.airegistry.shared.Competence;

/**
 * What an administrator enters to add a user to an authority; the user receives an
 * invitation to choose their name and password.
 *
 * @param loginEmail the user's (work) address, their login
 * @param competences what the user is competent for in the authority's jurisdiction (none
 * for the registry operator's administrators)
 */
public record NewAuthorityUser(String loginEmail, Set<Competence> competences) {

	public NewAuthorityUser {
		competences = Set.copyOf(competences);
	}

	/** An empty form. */
	public static NewAuthorityUser empty() {
		return new NewAuthorityUser("", Set.of());
	}

}
