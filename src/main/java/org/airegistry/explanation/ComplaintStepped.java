package org.airegistry.explanation;

import org.airegistry.shared.DomainEvent;

/**
 * A step of an Art 85 complaint (no personal data: only the reference and the states).
 *
 * @param reference the complaint's reference
 * @param step what happened
 * @param before the state before, null for the submission
 * @param after the state after (for the submission: where it was routed)
 */
public record ComplaintStepped(String reference, Step step, @org.jspecify.annotations.Nullable String before,
		String after) implements DomainEvent {

	/** What happened. */
	public enum Step {

		SUBMITTED, ACKNOWLEDGED, CLOSED

	}

}
