package org.airegistry.organisation;

/**
 * What an organisation declared about its public character, which decides duties of the
 * Act: public authorities (and persons acting on their behalf) register their use (Art
 * 26(8), Art 49(3)); bodies governed by public law and private entities providing public
 * services assess the impact on fundamental rights (Art 27(1)).
 *
 * @param publicAuthority a public authority or a Union institution, body, office or
 * agency
 * @param publicLawBody a body governed by public law
 * @param providesPublicServices a private entity providing public services
 */
public record PublicCharacter(boolean publicAuthority, boolean publicLawBody, boolean providesPublicServices) {

	/** No public character declared. */
	public static PublicCharacter none() {
		return new PublicCharacter(false, false, false);
	}

}
