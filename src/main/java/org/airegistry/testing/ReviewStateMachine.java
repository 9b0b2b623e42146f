package org.airegistry.testing;

import java.util.Collection;
import java.util.Optional;

import org.airegistry.shared.ActionRefusedException;

/**
 * One authority's review of a plan as a table (Art 60(4)(a)-(b)): delivered, approved or
 * refused; after 30 days without an answer, approved tacitly where national law provides
 * for it, otherwise still waiting for the authorisation. Pure.
 */
public final class ReviewStateMachine {

	private ReviewStateMachine() {
	}

	/**
	 * The state after the action, or empty when it is not possible.
	 * @param tacitAllowed whether the Member State's law provides for tacit approval
	 */
	public static Optional<ReviewState> after(ReviewState from, ReviewAction action, boolean tacitAllowed) {
		ReviewState next = switch (action) {
			case ROUTE -> from == ReviewState.AWAITING_AUTHORITY ? ReviewState.PENDING : null;
			case APPROVE -> from.open() ? ReviewState.APPROVED : null;
			case REJECT -> from.open() ? ReviewState.REJECTED : null;
			case THIRTY_DAYS_PASSED -> from == ReviewState.PENDING
					? tacitAllowed ? ReviewState.TACITLY_APPROVED : ReviewState.AUTHORISATION_PENDING : null;
		};
		return Optional.ofNullable(next);
	}

	public static ReviewState apply(ReviewState from, ReviewAction action, boolean tacitAllowed) {
		return after(from, action, tacitAllowed)
			.orElseThrow(() -> new ActionRefusedException(from.allows() || from == ReviewState.REJECTED
					? "testing.refused.decided" : "testing.refused.reviewState"));
	}

	/**
	 * What the reviews of all Member States of testing mean for the plan: refused if any
	 * authority refused, approved once every one allows it; empty while some still have
	 * to decide.
	 */
	public static Optional<TestAction> outcome(Collection<ReviewState> reviews) {
		if (reviews.contains(ReviewState.REJECTED)) {
			return Optional.of(TestAction.REJECTED);
		}
		if (!reviews.isEmpty() && reviews.stream().allMatch(ReviewState::allows)) {
			return Optional.of(TestAction.APPROVED);
		}
		return Optional.empty();
	}

}
