package org.airegistry.registry;

import java.time.Instant;

/**
 * A published entry whose named authorised representative has not confirmed its mandate
 * (Art 22(3), DD067): invited and unanswered (or the invitation expired), or declined.
 * For the market surveillance authorities' attention list.
 *
 * @param registrationNumber the entry's number
 * @param tradeName the entry's trade name, as its latest published version names it
 * @param invitedOrganisation the organisation the provider named
 * @param state {@link MandateState#INVITED} or {@link MandateState#DECLINED}
 * @param expiresAt until when the invitation could be answered
 * @param nonPublic whether the entry is in the non-public section (Art 49(4)): its page
 * is the competent authorities' ({@link RegistryRoutes#nonPublicEntry})
 */
public record UnconfirmedMandate(String registrationNumber, String tradeName, String invitedOrganisation,
		MandateState state, Instant expiresAt, boolean nonPublic) {

	/** The entry's page for the authority that reads the list. */
	public String page() {
		return RegistryRoutes.entryPage(registrationNumber, nonPublic);
	}

	/**
	 * Whether the invitation can no longer be answered (the provider must invite again).
	 */
	public boolean expired(Instant now) {
		return state == MandateState.INVITED && !now.isBefore(expiresAt);
	}

}
