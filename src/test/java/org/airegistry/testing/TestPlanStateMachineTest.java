package org.airegistry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.airegistry.shared.ActionRefusedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The life of a test in real-world conditions (spec §10.5 W4): every state with every
 * action.
 */
class TestPlanStateMachineTest {

	static final TestPlanState D = TestPlanState.DRAFT;

	static final TestPlanState S = TestPlanState.SUBMITTED;

	static final TestPlanState A = TestPlanState.APPROVED;

	static final TestPlanState R = TestPlanState.REJECTED;

	static final TestPlanState X = TestPlanState.ACTIVE;

	static final TestPlanState P = TestPlanState.SUSPENDED;

	static final TestPlanState T = TestPlanState.TERMINATED;

	static final TestPlanState C = TestPlanState.COMPLETED;

	static Arguments row(String name, TestPlanState from, TestAction action, TestPlanState to) {
		return Arguments.of(name, from, action, false, false, to);
	}

	static Arguments row(String name, TestPlanState from, TestAction action, boolean extended, boolean outcome,
			TestPlanState to) {
		return Arguments.of(name, from, action, extended, outcome, to);
	}

	static Stream<Arguments> table() {
		List<Arguments> rows = new ArrayList<>();
		// SUBMIT: registration before testing (Art 60(4)(a)-(c))
		rows.add(row("Art 60(4)(c): a plan is registered and submitted once", D, TestAction.SUBMIT, S));
		for (TestPlanState from : List.of(S, A, R, X, P, T, C)) {
			rows.add(row("Art 60(4)(c): registered once (" + from + ")", from, TestAction.SUBMIT, null));
		}
		// UPDATE: kept up to date (Annex IX)
		rows.add(row("Annex IX: an unregistered plan is registered, not updated", D, TestAction.UPDATE, null));
		for (TestPlanState from : List.of(S, A, X, P)) {
			rows.add(row("Annex IX: kept up to date while " + from, from, TestAction.UPDATE, from));
		}
		for (TestPlanState from : List.of(R, T, C)) {
			rows.add(row("Annex IX: no updates once it ended (" + from + ")", from, TestAction.UPDATE, null));
		}
		// APPROVED / REJECTED by the authorities (Art 60(4)(b))
		rows.add(row("Art 60(4)(b): approved once every authority allows it", S, TestAction.APPROVED, A));
		for (TestPlanState from : List.of(D, A, R, X, P, T, C)) {
			rows.add(row("Art 60(4)(b): approval only of a submitted plan (" + from + ")", from, TestAction.APPROVED,
					null));
		}
		rows.add(row("Art 60(4)(b), Art 76(5): refused while submitted", S, TestAction.REJECTED, R));
		rows.add(row("Art 60(4)(b): refused by an authority of a Member State added later", A, TestAction.REJECTED, R));
		for (TestPlanState from : List.of(D, R, X, P, T, C)) {
			rows.add(row("Art 60(4)(b): no refusal in state " + from, from, TestAction.REJECTED, null));
		}
		// START only after approval
		rows.add(row("Art 60(4)(b): testing starts once approved", A, TestAction.START, X));
		for (TestPlanState from : List.of(D, S, R, X, P, T, C)) {
			rows.add(row("Art 60(4)(a)-(c): no start in state " + from, from, TestAction.START, null));
		}
		// EXTEND once (Art 60(4)(f))
		rows.add(row("Art 60(4)(f): one extension of a running test", X, TestAction.EXTEND, X));
		rows.add(row("Art 60(4)(f): one extension of a suspended test", P, TestAction.EXTEND, P));
		rows.add(row("Art 60(4)(f): only one extension (running)", X, TestAction.EXTEND, true, false, null));
		rows.add(row("Art 60(4)(f): only one extension (suspended)", P, TestAction.EXTEND, true, false, null));
		for (TestPlanState from : List.of(D, S, A, R, T, C)) {
			rows.add(row("Art 60(4)(f): no extension in state " + from, from, TestAction.EXTEND, null));
		}
		// SUSPEND / RESUME (Art 60(7)-(8))
		rows.add(row("Art 60(8): a running test is suspended", X, TestAction.SUSPEND, P));
		for (TestPlanState from : List.of(D, S, A, R, P, T, C)) {
			rows.add(row("Art 60(8): no suspension in state " + from, from, TestAction.SUSPEND, null));
		}
		rows.add(row("Art 60(8): a suspended test resumes", P, TestAction.RESUME, X));
		for (TestPlanState from : List.of(D, S, A, R, X, T, C)) {
			rows.add(row("Art 60(8): nothing to resume in state " + from, from, TestAction.RESUME, null));
		}
		// TERMINATE / COMPLETE (Art 60(8))
		for (TestPlanState from : List.of(A, X, P)) {
			rows.add(row("Art 60(8): terminated early from " + from, from, TestAction.TERMINATE, T));
		}
		for (TestPlanState from : List.of(D, S, R, T, C)) {
			rows.add(row("Art 60(8): no termination in state " + from, from, TestAction.TERMINATE, null));
		}
		rows.add(row("Art 60(8): a running test completes", X, TestAction.COMPLETE, C));
		for (TestPlanState from : List.of(D, S, A, R, P, T, C)) {
			rows.add(row("Art 60(8): no completion in state " + from, from, TestAction.COMPLETE, null));
		}
		// NOTIFY_OUTCOME once after the end (Art 60(8))
		rows.add(row("Art 60(8): the outcome of a terminated test", T, TestAction.NOTIFY_OUTCOME, T));
		rows.add(row("Art 60(8): the outcome of a completed test", C, TestAction.NOTIFY_OUTCOME, C));
		rows.add(row("Art 60(8): the outcome is notified once (terminated)", T, TestAction.NOTIFY_OUTCOME, false, true,
				null));
		rows.add(row("Art 60(8): the outcome is notified once (completed)", C, TestAction.NOTIFY_OUTCOME, false, true,
				null));
		for (TestPlanState from : List.of(D, S, A, R, X, P)) {
			rows.add(row("Art 60(8): no outcome before the end (" + from + ")", from, TestAction.NOTIFY_OUTCOME, null));
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	@DisplayName("Art 60: state by action")
	void transition(String name, TestPlanState from, TestAction action, boolean extended, boolean outcome,
			TestPlanState to) {
		if (to == null) {
			assertThat(TestPlanStateMachine.after(from, action, extended, outcome)).isEmpty();
			assertThatThrownBy(() -> TestPlanStateMachine.apply(from, action, extended, outcome))
				.isInstanceOf(ActionRefusedException.class);
		}
		else {
			assertThat(TestPlanStateMachine.apply(from, action, extended, outcome)).isEqualTo(to);
		}
	}

	@Test
	@DisplayName("The table covers every state with every action")
	void everyCell() {
		List<String> cells = table().map(arguments -> arguments.get()[1] + "/" + arguments.get()[2]).toList();
		for (TestPlanState state : TestPlanState.values()) {
			for (TestAction action : TestAction.values()) {
				assertThat(cells).as(state + " " + action).contains(state + "/" + action);
			}
		}
	}

	@Test
	@DisplayName("Refusals explain themselves: not approved yet, extended once, outcome notified, ended")
	void reasons() {
		assertThatThrownBy(() -> TestPlanStateMachine.apply(S, TestAction.START, false, false))
			.hasFieldOrPropertyWithValue("messageKey", "testing.refused.notApproved");
		assertThatThrownBy(() -> TestPlanStateMachine.apply(X, TestAction.EXTEND, true, false))
			.hasFieldOrPropertyWithValue("messageKey", "testing.refused.extendedOnce");
		assertThatThrownBy(() -> TestPlanStateMachine.apply(C, TestAction.NOTIFY_OUTCOME, false, true))
			.hasFieldOrPropertyWithValue("messageKey", "testing.refused.outcomeNotified");
		assertThatThrownBy(() -> TestPlanStateMachine.apply(T, TestAction.SUSPEND, false, false))
			.hasFieldOrPropertyWithValue("messageKey", "testing.refused.ended");
	}

}
