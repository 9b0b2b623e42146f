package org.airegistry.deployment;

/**
 * Why the deployer must carry out a fundamental-rights impact assessment (Art 27(1)).
 * Translated as {@code fria.basis.<NAME>}.
 */
public enum FriaBasis {

	/** A body governed by public law. */
	PUBLIC_LAW_BODY,
	/** A private entity providing public services (Recital 96). */
	PRIVATE_PUBLIC_SERVICE,
	/** A deployer of an Annex III 5(b) system (creditworthiness, credit scoring). */
	ANNEX_III_5B,
	/** A deployer of an Annex III 5(c) system (life and health insurance pricing). */
	ANNEX_III_5C,
	/** No duty; the deployer carries out the assessment voluntarily. */
	VOLUNTARY;

	public String translationKey() {
		return "fria.basis." + name();
	}

}
