package org.airegistry.explanation;

import java.time.Instant;

import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * An Art 85 complaint as the complainant (by tracking link) and the authority of its
 * Member State see it; the e-mail address is not part of it.
 *
 * @param reference public reference, e.g. CMP-000007
 * @param memberState the Member State it was routed to
 * @param kind natural or legal person
 * @param complainant the complainant's name, if given
 * @param operator the operator complained about
 * @param registrationNumber a public entry it is about; empty when none
 * @param systemName that entry's trade name, when public
 * @param infringement the alleged infringement
 * @param outcome what the authority answered on closing; empty before
 * @param state where it stands
 * @param submittedAt when it reached the authority (null before confirmation)
 * @param acknowledgedAt when the authority acknowledged it
 * @param closedAt when the authority closed it
 */
public record Complaint(String reference, MemberState memberState, ComplainantKind kind, String complainant,
		String operator, String registrationNumber, String systemName, String infringement, String outcome,
		ComplaintState state, @Nullable Instant submittedAt, @Nullable Instant acknowledgedAt,
		@Nullable Instant closedAt) {

}
