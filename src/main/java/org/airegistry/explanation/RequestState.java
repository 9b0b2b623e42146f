package org.airegistry.explanation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an explanation request stands (spec W6, W7; peer-systems §4). Overdue and long
 * overdue are computed from the {@link Deadline}, never stored.
 */
public enum RequestState {

	/**
	 * Filed; the person has not yet opened the verification link. The deployer sees
	 * nothing.
	 */
	AWAITING_VERIFICATION,
	/** Verified and delivered to the deployer; the deadline runs. */
	SUBMITTED,
	/** The deployer confirmed receipt. */
	ACKNOWLEDGED,
	/** The deployer asked the person for information; the clock is stopped. */
	INFORMATION_REQUESTED,
	/** Explained: role of the AI system and main elements of the decision (Art 86(1)). */
	ANSWERED,
	/** Explained in part. */
	PARTIALLY_ANSWERED,
	/** Refused on a legal ground (Art 86(2) or 86(3)). */
	REFUSED,
	/** Not an Art 86 case (e.g. no Annex III system, no decision by the deployer). */
	NOT_ELIGIBLE,
	/** The person complained to the market surveillance authority (Art 85). */
	ESCALATED,
	/** Finished: accepted by the person, or the complaint was closed by the authority. */
	CLOSED;

	/** States in which the deployer still owes a response. */
	public static final Set<RequestState> OPEN = EnumSet.of(SUBMITTED, ACKNOWLEDGED, INFORMATION_REQUESTED);

	/** States in which the deployer has responded. */
	public static final Set<RequestState> RESPONDED = EnumSet.of(ANSWERED, PARTIALLY_ANSWERED, REFUSED, NOT_ELIGIBLE);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	public boolean isResponse() {
		return RESPONDED.contains(this);
	}

	/**
	 * The state after the action, or {@link IllegalTransitionException} when the action
	 * is not possible in this state. Whether a request is overdue (which also allows
	 * escalation from an open state) is decided by the caller from the deadline.
	 */
	public RequestState after(RequestAction action, boolean overdue) {
		RequestState next = switch (action) {
			case VERIFY -> this == AWAITING_VERIFICATION ? SUBMITTED : null;
			case ACKNOWLEDGE -> this == SUBMITTED ? ACKNOWLEDGED : null;
			case REQUEST_INFORMATION -> (this == SUBMITTED || this == ACKNOWLEDGED) ? INFORMATION_REQUESTED : null;
			case PROVIDE_INFORMATION -> this == INFORMATION_REQUESTED ? ACKNOWLEDGED : null;
			case EXTEND -> (this == SUBMITTED || this == ACKNOWLEDGED) ? this : null;
			case ANSWER -> isOpen() ? ANSWERED : null;
			case ANSWER_PARTIALLY -> isOpen() ? PARTIALLY_ANSWERED : null;
			case REFUSE -> isOpen() ? REFUSED : null;
			case MARK_NOT_ELIGIBLE -> isOpen() ? NOT_ELIGIBLE : null;
			case ESCALATE ->
				(isResponse() || (overdue && (this == SUBMITTED || this == ACKNOWLEDGED))) ? ESCALATED : null;
			case CLOSE -> isResponse() ? CLOSED : null;
			case CLOSE_COMPLAINT -> this == ESCALATED ? CLOSED : null;
		};
		if (next == null) {
			throw new IllegalTransitionException(this, action);
		}
		return next;
	}

	/** Whether the action is possible now. */
	public boolean allows(RequestAction action, boolean overdue) {
		try {
			after(action, overdue);
			return true;
		}
		catch (IllegalTransitionException ex) {
			return false;
		}
	}

}
