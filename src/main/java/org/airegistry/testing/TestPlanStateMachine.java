package org.airegistry.testing;

import java.util.Optional;

import org.airegistry.shared.ActionRefusedException;

/**
 * The life of a test in real-world conditions as a table (spec §10.5 W4): registered and
 * submitted, approved or refused by the authorities, started only once approved, extended
 * once, suspended and resumed, terminated or completed, the final outcome notified after
 * it ended. Facts that are not states (extended once, outcome notified) are arguments.
 * Pure.
 */
public final class TestPlanStateMachine {

	private TestPlanStateMachine() {
	}

	/**
	 * The state after the action, or empty when it is not possible.
	 * @param extended whether the test was extended before (Art 60(4)(f): once)
	 * @param outcomeNotified whether the final outcome was notified before
	 */
	public static Optional<TestPlanState> after(TestPlanState from, TestAction action, boolean extended,
			boolean outcomeNotified) {
		TestPlanState next = switch (action) {
			case SUBMIT -> from == TestPlanState.DRAFT ? TestPlanState.SUBMITTED : null;
			case UPDATE -> switch (from) {
				case SUBMITTED, APPROVED, ACTIVE, SUSPENDED -> from;
				case DRAFT, REJECTED, TERMINATED, COMPLETED -> null;
			};
			case APPROVED -> from == TestPlanState.SUBMITTED ? TestPlanState.APPROVED : null;
			case REJECTED ->
				from == TestPlanState.SUBMITTED || from == TestPlanState.APPROVED ? TestPlanState.REJECTED : null;
			case START -> from == TestPlanState.APPROVED ? TestPlanState.ACTIVE : null;
			case EXTEND -> (from == TestPlanState.ACTIVE || from == TestPlanState.SUSPENDED) && !extended ? from : null;
			case SUSPEND -> from == TestPlanState.ACTIVE ? TestPlanState.SUSPENDED : null;
			case RESUME -> from == TestPlanState.SUSPENDED ? TestPlanState.ACTIVE : null;
			case TERMINATE -> switch (from) {
				case APPROVED, ACTIVE, SUSPENDED -> TestPlanState.TERMINATED;
				case DRAFT, SUBMITTED, REJECTED, TERMINATED, COMPLETED -> null;
			};
			case COMPLETE -> from == TestPlanState.ACTIVE ? TestPlanState.COMPLETED : null;
			case NOTIFY_OUTCOME ->
				(from == TestPlanState.TERMINATED || from == TestPlanState.COMPLETED) && !outcomeNotified ? from : null;
		};
		return Optional.ofNullable(next);
	}

	/**
	 * The state after the action.
	 * @throws ActionRefusedException with the reason when it is not possible
	 */
	public static TestPlanState apply(TestPlanState from, TestAction action, boolean extended,
			boolean outcomeNotified) {
		return after(from, action, extended, outcomeNotified)
			.orElseThrow(() -> new ActionRefusedException(refusal(from, action, extended, outcomeNotified)));
	}

	private static String refusal(TestPlanState from, TestAction action, boolean extended, boolean outcomeNotified) {
		if (action == TestAction.START && from == TestPlanState.SUBMITTED) {
			return "testing.refused.notApproved";
		}
		if (action == TestAction.EXTEND && extended) {
			return "testing.refused.extendedOnce";
		}
		if (action == TestAction.NOTIFY_OUTCOME && outcomeNotified) {
			return "testing.refused.outcomeNotified";
		}
		if (from.ended()) {
			return "testing.refused.ended";
		}
		return "testing.refused.state";
	}

}
