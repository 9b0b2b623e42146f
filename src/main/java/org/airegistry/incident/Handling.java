package org.airegistry.incident;

import java.time.Instant;
import java.util.UUID;

import org.airegistry.security.Actor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One competent authority's handling of a report.
 *
 * @param id the handling
 * @param incident the report
 * @param kind market surveillance authority or AI Office
 * @param memberState the Member State (market surveillance), empty for the AI Office
 * @param authority the authority's organisation, empty while none uses the registry
 * @param authorityName its name, empty while none
 * @param state where it stands
 * @param receivedAt when the report was received (the first submission)
 * @param measuresDueAt the end of the authority's 7-day period (Art 73(8)); empty for the
 * AI Office
 * @param acknowledgedAt when receipt was acknowledged
 * @param measuresRecordedAt when measures were first recorded
 * @param commissionNotifiedAt when the authority recorded that it notified the Commission
 * (Art 73(11))
 * @param noticePublishedAt when it published a notice on the system's public page
 * @param closedAt when it closed the case
 * @param closeReason why
 * @param lockVersion optimistic-locking version
 */
public record Handling(UUID id, IncidentId incident, AuthorityKind kind, @Nullable MemberState memberState,
		@Nullable OrganisationId authority, @Nullable String authorityName, HandlingState state, Instant receivedAt,
		@Nullable Instant measuresDueAt, @Nullable Instant acknowledgedAt, @Nullable Instant measuresRecordedAt,
		@Nullable Instant commissionNotifiedAt, @Nullable Instant noticePublishedAt, @Nullable Instant closedAt,
		@Nullable String closeReason, long lockVersion) {

	/**
	 * Whether the user handles this report: a user of the authority it was routed to who
	 * holds the competence for serious incidents in its Member State (for the AI Office:
	 * at Union level).
	 */
	public boolean handledBy(Actor actor) {
		if (!actor.organisationId().equals(authority)) {
			return false;
		}
		return memberState == null
				? actor.jurisdictionFor(Competence.SERIOUS_INCIDENTS).filter(Jurisdiction::isUnion).isPresent()
				: actor.competentFor(Competence.SERIOUS_INCIDENTS, memberState);
	}

	/** Whether the authority's period for measures passed without any. */
	public boolean measuresOverdue(Instant now) {
		return measuresDueAt != null && measuresRecordedAt == null && state.open() && !now.isBefore(measuresDueAt);
	}

	/** Whether measures were recorded after the period (Art 73(8)). */
	public boolean measuresLate() {
		return measuresDueAt != null && measuresRecordedAt != null && !measuresRecordedAt.isBefore(measuresDueAt);
	}

}
