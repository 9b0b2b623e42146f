package org.airegistry.testing;

/**
 * On which basis test subjects take part (Art 60(4)(i), Art 61). Translated as
 * {@code testing.consentBasis.<NAME>}.
 */
public enum ConsentBasis {

	/** Freely given informed consent of each subject, documented (Art 61). */
	INFORMED_CONSENT,

	/**
	 * Law enforcement, where seeking informed consent would prevent the testing; the test
	 * and its outcome must not have any negative effect on the subjects and their
	 * personal data is deleted after the test (Art 60(4)(i)).
	 */
	LAW_ENFORCEMENT_EXCEPTION;

	public String translationKey() {
		return "testing.consentBasis." + name();
	}

}
