package org.airegistry.testing;

/**
 * Where a test in real-world conditions stands (spec §10.5 W4). Translated as
 * {@code testing.state.<NAME>}.
 */
public enum TestPlanState {

	/** Not registered yet. */
	DRAFT,

	/**
	 * Registered (with its UID) and submitted; waiting for the authorities (Art
	 * 60(4)(a)-(b)).
	 */
	SUBMITTED,

	/** Approved, explicitly or tacitly, by every authority concerned; not started yet. */
	APPROVED,

	/** An authority refused the plan; the test does not take place. */
	REJECTED,

	/** Testing is under way. */
	ACTIVE,

	/** Testing is suspended (Art 60(7)-(8)). */
	SUSPENDED,

	/** Testing was terminated before its planned end (Art 60(8)). */
	TERMINATED,

	/** Testing ended as planned. */
	COMPLETED;

	/** Whether testing has ended (or will never take place). */
	public boolean ended() {
		return this == TERMINATED || this == COMPLETED || this == REJECTED;
	}

	public String translationKey() {
		return "testing.state." + name();
	}

}
