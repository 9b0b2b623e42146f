package org.airegistry.organisation;

import java.util.List;

import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.OrganisationId;

/**
 * An active authority with at least one active user holding a competence: where cases of
 * that competence go.
 *
 * @param id the authority (route cases to it by this id)
 * @param legalName its name
 * @param kind what kind of authority it is
 * @param jurisdiction its Member State, or the Union
 * @param functionalEmail its functional contact address
 * @param handlers login addresses of its active users holding the competence (for
 * notification mails; never shown publicly)
 */
public record CompetentAuthority(OrganisationId id, String legalName, AuthorityKind kind, Jurisdiction jurisdiction,
		String functionalEmail, List<String> handlers) {

	public CompetentAuthority {
		handlers = List.copyOf(handlers);
	}

}
