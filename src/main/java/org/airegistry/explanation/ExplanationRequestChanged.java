package org.airegistry.explanation;

import java.util.UUID;

import org.airegistry.shared.DomainEvent;

/**
 * Something happened to a request that someone must be told about. Carries only the id:
 * personal data never enters the event publication table.
 *
 * @param requestId the request
 * @param change what happened
 */
public record ExplanationRequestChanged(UUID requestId, Change change) implements DomainEvent {

	/** What happened. */
	public enum Change {

		SUBMITTED, ACKNOWLEDGED, INFORMATION_REQUESTED, INFORMATION_PROVIDED, EXTENDED, RESPONDED, ESCALATED,
		COMPLAINT_CLOSED, CLOSED

	}

}
