package org.airegistry.opendata.api;

/**
 * The test exists but its provider withdrew the consent its publication rested on (Art
 * 60(4)(c), Art 71(4)): answered with 410 Gone.
 */
class TestConsentWithdrawnException extends RuntimeException {

	private final String uid;

	TestConsentWithdrawnException(String uid) {
		super("The provider withdrew its consent to the publication of test " + uid + ".");
		this.uid = uid;
	}

	String uid() {
		return uid;
	}

}
