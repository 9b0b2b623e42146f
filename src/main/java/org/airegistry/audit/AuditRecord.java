package org.airegistry.audit;

import java.time.Instant;

import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One recorded event of the audit trail.
 *
 * @param sequence position in the trail (ascending with time of insertion)
 * @param occurredAt when it happened
 * @param action what happened, e.g. {@code entry.published}
 * @param actorUserId the user who did it, if known
 * @param actorName the user's login name, or the name tried in a failed login
 * @param organisationId the organisation acting, if any
 * @param subjectType the kind of thing it happened to
 * @param subjectId its public identifier, if any
 * @param legalReference the article the action rests on, if any
 * @param before relevant state before, if any
 * @param after relevant state after, if any
 */
public record AuditRecord(long sequence, Instant occurredAt, String action, @Nullable UserId actorUserId,
		@Nullable String actorName, @Nullable OrganisationId organisationId, String subjectType,
		@Nullable String subjectId, @Nullable String legalReference, @Nullable String before, @Nullable String after) {
}
