package org.airegistry.registry;

import java.time.Instant;
import java.util.UUID;

import org.airegistry.organisation.OrganisationContact;
import org.airegistry.publication.Translator;
import org.jspecify.annotations.Nullable;

/**
 * An entry's authorised representative as the provider named it and as it answered (Art
 * 22(3), DD067): seen by the provider and by regulators, never on public pages except
 * through {@link AuthorisedRepresentativeText}.
 *
 * @param id the mandate
 * @param system the entry
 * @param invitedEmail the address the invitation went to
 * @param invitedOrganisation the organisation the provider named
 * @param state where the mandate stands
 * @param invitedAt when the invitation was sent
 * @param expiresAt until when the invitation can be answered
 * @param answeredAt when the representative answered, or the provider withdrew
 * @param representative the confirmed (or declining) organisation's functional contact
 */
public record RepresentativeMandate(UUID id, AiSystemId system, String invitedEmail, String invitedOrganisation,
		MandateState state, Instant invitedAt, Instant expiresAt, @Nullable Instant answeredAt,
		@Nullable OrganisationContact representative) {

	/** Validity of an invitation (DD067). */
	public static final java.time.Duration VALIDITY = java.time.Duration.ofDays(30);

	/** Whether the invitation can no longer be answered. */
	public boolean expired(Instant now) {
		return state == MandateState.INVITED && !now.isBefore(expiresAt);
	}

	/**
	 * One line for the provider and for regulators: the named representative and the
	 * state of its mandate (Art 22(3)).
	 */
	public String describe(Translator translate, Instant now) {
		String state = expired(now) ? translate.translate("mandate.state.EXPIRED")
				: translate.translate(this.state.translationKey());
		String named = representative == null ? invitedOrganisation : representative.legalName();
		return translate.translate("mandate.describe", named, invitedEmail, state);
	}

}
