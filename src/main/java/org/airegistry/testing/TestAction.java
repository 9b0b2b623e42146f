package org.airegistry.testing;

/** What happens to a test in real-world conditions. */
public enum TestAction {

	/**
	 * The provider registers the plan and submits it to the authorities (Art
	 * 60(4)(a)-(c)).
	 */
	SUBMIT,

	/** The provider registers an updated version (Annex IX: "kept up to date"). */
	UPDATE,

	/** Every authority concerned approved, explicitly or tacitly (Art 60(4)(b)). */
	APPROVED,

	/** An authority refused the plan (Art 60(4)(b), Art 76(5)). */
	REJECTED,

	/**
	 * The provider starts testing (after approval and registration, Art 60(4)(b)-(c)).
	 */
	START,

	/**
	 * The provider extends the test once by up to six months, notified before (Art
	 * 60(4)(f)).
	 */
	EXTEND,

	/** The provider suspends testing (Art 60(7)-(8)). */
	SUSPEND,

	/** The provider resumes suspended testing. */
	RESUME,

	/** The provider terminates testing early (Art 60(8)). */
	TERMINATE,

	/** Testing ended as planned. */
	COMPLETE,

	/** The provider notifies the final outcome (Art 60(8)). */
	NOTIFY_OUTCOME

}
