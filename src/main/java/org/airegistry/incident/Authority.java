package org.airegistry.incident;

import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A competent authority that uses the registry.
 *
 * @param id its organisation
 * @param name its name
 * @param kind market surveillance authority or AI Office
 * @param memberState the Member State of a market surveillance authority; empty for the
 * AI Office
 * @param functionalEmail where its mails go, if known
 */
public record Authority(OrganisationId id, String name, AuthorityKind kind, @Nullable MemberState memberState,
		@Nullable String functionalEmail) {

}
