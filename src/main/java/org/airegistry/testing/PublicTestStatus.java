package org.airegistry.testing;

/**
 * Where a test stands as the public may know it: Annex IX point 5 (suspension,
 * termination) and whether it runs. The authorities' decisions are not shown. Translated
 * as {@code testing.publicStatus.<NAME>}.
 */
public enum PublicTestStatus {

	/** Registered; testing has not started. */
	REGISTERED,

	/** Testing is under way. */
	IN_PROGRESS,

	/** Testing is suspended. */
	SUSPENDED,

	/** Testing was terminated before its end. */
	TERMINATED,

	/** Testing ended as planned. */
	COMPLETED,

	/** The test does not take place. */
	NOT_TAKING_PLACE;

	public static PublicTestStatus of(TestPlanState state) {
		return switch (state) {
			case DRAFT, SUBMITTED, APPROVED -> REGISTERED;
			case ACTIVE -> IN_PROGRESS;
			case SUSPENDED -> SUSPENDED;
			case TERMINATED -> TERMINATED;
			case COMPLETED -> COMPLETED;
			case REJECTED -> NOT_TAKING_PLACE;
		};
	}

	public String translationKey() {
		return "testing.publicStatus." + name();
	}

}
