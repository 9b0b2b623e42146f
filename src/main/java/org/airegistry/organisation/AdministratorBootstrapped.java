package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;

/**
 * The first administrator was created from the command line (an invitation link is
 * printed).
 *
 * @param user the administrator's account
 * @param operator the registry operator it belongs to
 * @param loginEmail its login address
 */
public record AdministratorBootstrapped(UserId user, OrganisationId operator,
		String loginEmail) implements DomainEvent {
}
