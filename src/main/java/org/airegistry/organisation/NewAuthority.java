package org.airegistry.organisation;

import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters to create an authority.
 *
 * @param legalName the authority's name, e.g. "Bundesnetzagentur"
 * @param kind what kind of authority it is
 * @param memberState the Member State of a national authority; none for Union bodies
 * @param functionalEmail a functional (non-personal) contact address
 */
public record NewAuthority(String legalName, @Nullable AuthorityKind kind, @Nullable MemberState memberState,
		String functionalEmail) {

	/** An empty form. */
	public static NewAuthority empty() {
		return new NewAuthority("", null, null, "");
	}

}
