package org.airegistry.explanation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A request as the person, its deployer or the authority sees it. The requester's email
 * address is not part of it: nobody but the mailer needs it.
 *
 * @param id internal id
 * @param reference public reference number, e.g. EXR-000042
 * @param registrationNumber the AI system's registration number; empty when the person
 * named no public entry
 * @param systemName the system's trade name (empty if no longer public)
 * @param deployerId the deployer
 * @param deployerName the deployer's legal name
 * @param state where it stands
 * @param decision what was decided
 * @param decisionDate when (ISO date, empty if not given)
 * @param decisionReference the reference on the decision letter (may be empty)
 * @param adverse why the person considers it adverse
 * @param systemDescription the system as the person described it, when no public entry
 * was named (empty otherwise)
 * @param submittedAt when it reached the deployer (null before verification)
 * @param deadline the due date and its computation (null before verification)
 * @param overdue past the due date without a response
 * @param longOverdue long past the due date
 * @param extended whether the deadline was extended
 * @param refusalGround the legal ground of a refusal
 * @param thread the correspondence, oldest first
 * @param personActions what the person can do now
 * @param deployerActions what the deployer can do now
 */
public record ExplanationRequest(UUID id, String reference, String registrationNumber, String systemName,
		OrganisationId deployerId, String deployerName, RequestState state, String decision, String decisionDate,
		String decisionReference, String adverse, String systemDescription, @Nullable Instant submittedAt,
		@Nullable Deadline deadline, boolean overdue, boolean longOverdue, boolean extended,
		@Nullable RefusalGround refusalGround, List<ThreadMessage> thread, Set<RequestAction> personActions,
		Set<RequestAction> deployerActions) {

	/** Whether the person named a public entry of the system. */
	public boolean namesSystem() {
		return !registrationNumber.isEmpty();
	}

}
