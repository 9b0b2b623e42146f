package org.airegistry.publication;

import org.airegistry.shared.OrganisationId;

/**
 * Whether an organisation may publish at all (e.g. approved by the registry). Provided by
 * the module that owns organisations.
 */
public interface PublishingPermission {

	boolean mayPublish(OrganisationId organisation);

}
