package org.airegistry.shared;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Something that happened and belongs in the append-only audit trail, published by the
 * module where it happened (in the same transaction, so the trail holds exactly what was
 * committed). Who did it is taken from the security context unless given; requesters'
 * personal data never goes into an audit record.
 *
 * @param action what happened, a dotted lower-case name such as {@code entry.published}
 * @param subjectType the kind of thing it happened to, e.g. {@code ai-system}
 * @param subjectId its public identifier, e.g. a registration number, if any
 * @param legalReference the article the action rests on, e.g. {@code Art 49(4)}, if any
 * @param before the relevant state before, if any (short text)
 * @param after the relevant state after, if any (short text)
 * @param organisation the organisation acting, when there is no logged-in user (sign-up)
 */
public record Audited(String action, String subjectType, @Nullable String subjectId, @Nullable String legalReference,
		@Nullable String before, @Nullable String after, @Nullable OrganisationId organisation) {

	public Audited {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subjectType, "subjectType");
		if (!action.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
			throw new IllegalArgumentException("Audit actions look like entry.published, was " + action);
		}
	}

	/** An action on a subject, by the logged-in user. */
	public static Audited of(String action, String subjectType, @Nullable String subjectId) {
		return new Audited(action, subjectType, subjectId, null, null, null, null);
	}

	public Audited withLegalReference(String reference) {
		return new Audited(action, subjectType, subjectId, reference, before, after, organisation);
	}

	public Audited withChange(@Nullable String before, @Nullable String after) {
		return new Audited(action, subjectType, subjectId, legalReference, before, after, organisation);
	}

	public Audited forOrganisation(OrganisationId organisation) {
		return new Audited(action, subjectType, subjectId, legalReference, before, after, organisation);
	}

}
