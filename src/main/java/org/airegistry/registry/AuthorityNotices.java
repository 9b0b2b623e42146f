package org.airegistry.registry;

import java.util.List;

import org.airegistry.shared.OrganisationId;

/**
 * The open actions of the market surveillance authority on a provider's entries (flags,
 * correction requests, suspensions). The moderation module provides it; the registry's
 * workspace shows them next to the entries without depending on moderation.
 */
public interface AuthorityNotices {

	/** Open actions on the organisation's entries, newest first. */
	List<AuthorityNotice> openOn(OrganisationId provider);

}
