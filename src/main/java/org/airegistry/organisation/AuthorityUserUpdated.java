package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;

/**
 * An administrator changed the competences of a user of an authority or whether the
 * account is active.
 *
 * @param user the account
 * @param authority its authority
 * @param accessBefore roles, competences and activity before
 * @param access roles, competences and activity now
 */
public record AuthorityUserUpdated(UserId user, OrganisationId authority, String accessBefore,
		String access) implements DomainEvent {
}
