package org.airegistry.publication;

import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;

/** Who publishes: a user acting for an organisation. */
public record Author(UserId user, OrganisationId organisation) {

}
