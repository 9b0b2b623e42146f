package org.airegistry.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A logged-in user acting for their organisation.
 *
 * @param userId the user
 * @param organisationId the organisation the user acts for
 * @param loginEmail the login name
 * @param displayName the user's name (never shown on public pages)
 * @param roles what the user may do
 * @param competences what an authority user is competent for (empty for everybody else)
 * @param jurisdiction where the user's authority acts; {@code null} for users of
 * organisations that are not authorities
 */
public record Actor(UserId userId, OrganisationId organisationId, String loginEmail, String displayName,
		Set<Role> roles, Set<Competence> competences, @Nullable Jurisdiction jurisdiction) {

	public Actor {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(organisationId, "organisationId");
		roles = Set.copyOf(roles);
		competences = Set.copyOf(competences);
		if (!competences.isEmpty() && jurisdiction == null) {
			throw new IllegalArgumentException("Competences need the jurisdiction of an authority");
		}
	}

	/** A user without competences (not an authority). */
	public Actor(UserId userId, OrganisationId organisationId, String loginEmail, String displayName, Set<Role> roles) {
		this(userId, organisationId, loginEmail, displayName, roles, Set.of(), null);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/**
	 * Whether the user may read the non-public section of the database (Art 49(4), Art
	 * 74(8)): the one rule behind {@link org.airegistry.shared.NonPublicSection} (DD048).
	 */
	public boolean mayReadNonPublicSection() {
		return has(Competence.RESTRICTED_SECTION);
	}

	/** Whether the user holds the competence, wherever their authority acts. */
	public boolean has(Competence competence) {
		return competences.contains(competence);
	}

	/**
	 * Whether the user handles cases of this competence routed to this Member State (the
	 * user's authority is that Member State's).
	 */
	public boolean competentFor(Competence competence, MemberState memberState) {
		return has(competence) && jurisdiction != null && jurisdiction.covers(memberState);
	}

	/** Where the user exercises the competence; empty when they do not hold it. */
	public Optional<Jurisdiction> jurisdictionFor(Competence competence) {
		return has(competence) ? Optional.ofNullable(jurisdiction) : Optional.empty();
	}

	/** Whether this actor acts for the given organisation. */
	public boolean actsFor(OrganisationId organisation) {
		return organisationId.equals(organisation);
	}

}
