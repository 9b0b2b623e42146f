package org.airegistry.deployment;

/**
 * Why a deployer registers its use of a high-risk AI system in Section C (Art 49(3)):
 * public authorities, Union institutions, bodies, offices and agencies register (Art
 * 26(8)), and so do persons acting on their behalf; anyone else registers voluntarily.
 * Shown publicly with the registration. Translated as {@code deployment.basis.<NAME>}.
 */
public enum RegistrationBasis {

	/**
	 * The deployer is a public authority or a Union institution, body, office or agency.
	 */
	PUBLIC_AUTHORITY,
	/** The deployer acts on behalf of a public authority, named in the registration. */
	ON_BEHALF_OF_PUBLIC_AUTHORITY,
	/** The deployer registers without an obligation of Art 49(3). */
	VOLUNTARY;

	public String translationKey() {
		return "deployment.basis." + name();
	}

}
