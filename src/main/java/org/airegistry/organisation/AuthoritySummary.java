package org.airegistry.organisation;

import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.OrganisationId;

/**
 * An authority as the administration console lists it.
 *
 * @param id the organisation
 * @param legalName its name
 * @param kind what kind of authority it is
 * @param jurisdiction its Member State, or the Union
 * @param functionalEmail its functional contact address
 * @param active whether it is active (a deactivated authority's users cannot log in)
 * @param activeUsers how many of its accounts are active
 */
public record AuthoritySummary(OrganisationId id, String legalName, AuthorityKind kind, Jurisdiction jurisdiction,
		String functionalEmail, boolean active, int activeUsers) {

}
