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
 * @param withheld whether the record is about the non-public section (Art 49(4)) and the
 * reader may not read that section: who acted, for which organisation, on what and what
 * changed are withheld (null), only when, what kind of action and its legal reference
 * remain (DD075)
 */
public record AuditRecord(long sequence, Instant occurredAt, String action, @Nullable UserId actorUserId,
		@Nullable String actorName, @Nullable OrganisationId organisationId, String subjectType,
		@Nullable String subjectId, @Nullable String legalReference, @Nullable String before, @Nullable String after,
		boolean withheld) {

	/** The record as a reader who may not read the non-public section sees it. */
	public AuditRecord withheldFromReader() {
		return new AuditRecord(sequence, occurredAt, action, null, null, null, subjectType, null, legalReference, null,
				null, true);
	}

}
