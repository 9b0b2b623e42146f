package org.airegistry.testing;

/**
 * What happened to a registered test. Suspension and termination are Annex IX point 5 and
 * public with the test. Translated as {@code testing.event.<NAME>}.
 */
public enum TestEventKind {

	SUBMITTED(false), APPROVED(false), TACITLY_APPROVED(false), AUTHORISATION_PENDING(false), REJECTED(false),
	STARTED(true), EXTENDED(true), SUSPENDED(true), RESUMED(true), TERMINATED(true), COMPLETED(true),
	OUTCOME_NOTIFIED(false), CONSENT_GIVEN(false), CONSENT_WITHDRAWN(false), INCIDENT_REPORTED(false);

	private final boolean publicWithTest;

	TestEventKind(boolean publicWithTest) {
		this.publicWithTest = publicWithTest;
	}

	/**
	 * Whether the event is shown with a test the public may see: start, extension,
	 * suspension, resumption, termination, completion (Annex IX point 5 and the dates).
	 * The authorities' decisions and the outcome are not.
	 */
	public boolean publicWithTest() {
		return publicWithTest;
	}

	public String translationKey() {
		return "testing.event." + name();
	}

}
