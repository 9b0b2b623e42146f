package org.airegistry.explanation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A line of the deployer's inbox or the authority's complaint list.
 *
 * @param id internal id
 * @param reference public reference
 * @param registrationNumber the AI system
 * @param deployerName the deployer
 * @param state where it stands
 * @param submittedAt when it reached the deployer
 * @param due the due date (null before verification)
 * @param overdue past due without a response
 * @param longOverdue long past due
 * @param clockStopped waiting for the person's information
 */
public record InboxItem(UUID id, String reference, String registrationNumber, String deployerName, RequestState state,
		@Nullable Instant submittedAt, @Nullable LocalDate due, boolean overdue, boolean longOverdue,
		boolean clockStopped) {

}
