package org.airegistry.organisation;

import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;

/**
 * Who holds which competence where: one row per active user of an active authority and
 * competence.
 *
 * @param competence the competence
 * @param jurisdiction where it is held
 * @param authority the authority
 * @param authorityName its name
 * @param user the account
 * @param userName the user's name (the login address while the invitation is open)
 * @param loginEmail the login
 */
public record CompetenceHolder(Competence competence, Jurisdiction jurisdiction, OrganisationId authority,
		String authorityName, UserId user, String userName, String loginEmail) {

}
