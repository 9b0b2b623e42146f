package org.airegistry.testing;

import java.time.Instant;

import org.airegistry.security.Actor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The market surveillance authority of one Member State of testing and its decision on a
 * plan (Art 60(4)(a)-(b)).
 *
 * @param authority the authority's organisation, empty while none uses the registry
 * @param authorityName its name
 * @param submittedAt when the plan reached it
 * @param tacitAt when 30 days without an answer end (empty while it waits for an
 * authority)
 * @param tacitAllowed whether national law provides for tacit approval
 * @param decidedAt when the authority decided (or the 30 days passed)
 * @param reason the authority's reasons or conditions
 */
public record Review(TestPlanId plan, MemberState memberState, @Nullable OrganisationId authority,
		@Nullable String authorityName, ReviewState state, Instant submittedAt, @Nullable Instant tacitAt,
		boolean tacitAllowed, @Nullable Instant decidedAt, @Nullable String reason, long lockVersion) {

	/**
	 * Whether the user decides on this plan: a user of the authority it was submitted to
	 * who holds the competence for real-world testing in its Member State.
	 */
	public boolean handledBy(Actor actor) {
		return actor.organisationId().equals(authority)
				&& actor.competentFor(Competence.REAL_WORLD_TESTING, memberState);
	}

}
