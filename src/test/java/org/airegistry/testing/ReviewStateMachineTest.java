package org.airegistry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.airegistry.shared.ActionRefusedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One authority's review of a plan (Art 60(4)(a)-(b)): every state with every action. */
class ReviewStateMachineTest {

	static Stream<Arguments> table() {
		ReviewState w = ReviewState.AWAITING_AUTHORITY;
		ReviewState p = ReviewState.PENDING;
		ReviewState a = ReviewState.APPROVED;
		ReviewState t = ReviewState.TACITLY_APPROVED;
		ReviewState n = ReviewState.AUTHORISATION_PENDING;
		ReviewState r = ReviewState.REJECTED;
		return Stream.of(
				Arguments.of("Art 60(4)(a): delivered when the authority uses the registry", w, ReviewAction.ROUTE,
						true, p),
				Arguments.of("Art 60(4)(a): delivered once (pending)", p, ReviewAction.ROUTE, true, null),
				Arguments.of("Art 60(4)(a): delivered once (approved)", a, ReviewAction.ROUTE, true, null),
				Arguments.of("Art 60(4)(a): delivered once (tacit)", t, ReviewAction.ROUTE, true, null),
				Arguments.of("Art 60(4)(a): delivered once (authorisation pending)", n, ReviewAction.ROUTE, false,
						null),
				Arguments.of("Art 60(4)(a): delivered once (refused)", r, ReviewAction.ROUTE, true, null),
				Arguments.of("Art 60(4)(b): nobody approves for an authority without an account", w,
						ReviewAction.APPROVE, true, null),
				Arguments.of("Art 60(4)(b): approved within 30 days", p, ReviewAction.APPROVE, true, a),
				Arguments.of("Art 60(4)(b): decided once (approved)", a, ReviewAction.APPROVE, true, null),
				Arguments.of("Art 60(4)(b): a tacit approval is not approved again", t, ReviewAction.APPROVE, true,
						null),
				Arguments.of("Art 60(4)(b): an explicit authorisation after 30 days where the law requires it", n,
						ReviewAction.APPROVE, false, a),
				Arguments.of("Art 60(4)(b): a refusal is not turned into an approval", r, ReviewAction.APPROVE, true,
						null),
				Arguments.of("Art 76(5): nobody refuses for an authority without an account", w, ReviewAction.REJECT,
						true, null),
				Arguments.of("Art 76(5): refused within 30 days", p, ReviewAction.REJECT, true, r),
				Arguments.of("Art 76(5): an approval is not refused afterwards", a, ReviewAction.REJECT, true, null),
				Arguments.of("Art 76(5): a tacit approval is not refused afterwards", t, ReviewAction.REJECT, true,
						null),
				Arguments.of("Art 76(5): refused where an explicit authorisation is required", n, ReviewAction.REJECT,
						false, r),
				Arguments.of("Art 76(5): refused once", r, ReviewAction.REJECT, true, null),
				Arguments.of("Art 60(4)(b): the 30 days run only once the authority has the plan", w,
						ReviewAction.THIRTY_DAYS_PASSED, true, null),
				Arguments.of("Art 60(4)(b): tacit approval after 30 days where national law provides for it", p,
						ReviewAction.THIRTY_DAYS_PASSED, true, t),
				Arguments.of("Art 60(4)(b): no tacit approval where national law does not provide for it", p,
						ReviewAction.THIRTY_DAYS_PASSED, false, n),
				Arguments.of("Art 60(4)(b): an approved plan is not approved tacitly", a,
						ReviewAction.THIRTY_DAYS_PASSED, true, null),
				Arguments.of("Art 60(4)(b): tacit once", t, ReviewAction.THIRTY_DAYS_PASSED, true, null),
				Arguments.of("Art 60(4)(b): a pending authorisation stays pending", n, ReviewAction.THIRTY_DAYS_PASSED,
						false, null),
				Arguments.of("Art 60(4)(b): a refused plan is not approved tacitly", r, ReviewAction.THIRTY_DAYS_PASSED,
						true, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	@DisplayName("Art 60(4)(b): state by action")
	void transition(String name, ReviewState from, ReviewAction action, boolean tacitAllowed, ReviewState to) {
		if (to == null) {
			assertThat(ReviewStateMachine.after(from, action, tacitAllowed)).isEmpty();
			assertThatThrownBy(() -> ReviewStateMachine.apply(from, action, tacitAllowed))
				.isInstanceOf(ActionRefusedException.class);
		}
		else {
			assertThat(ReviewStateMachine.apply(from, action, tacitAllowed)).isEqualTo(to);
		}
	}

	@Test
	@DisplayName("The table covers every state with every action")
	void everyCell() {
		List<String> cells = table().map(arguments -> arguments.get()[1] + "/" + arguments.get()[2]).toList();
		for (ReviewState state : ReviewState.values()) {
			for (ReviewAction action : ReviewAction.values()) {
				assertThat(cells).as(state + " " + action).contains(state + "/" + action);
			}
		}
	}

	@Test
	@DisplayName("Art 60(4)(a)-(b): a plan tested in several Member States needs every authority; one refusal stops it")
	void outcome() {
		assertThat(ReviewStateMachine.outcome(List.of(ReviewState.APPROVED, ReviewState.TACITLY_APPROVED)))
			.contains(TestAction.APPROVED);
		assertThat(ReviewStateMachine.outcome(List.of(ReviewState.APPROVED, ReviewState.PENDING))).isEmpty();
		assertThat(ReviewStateMachine.outcome(List.of(ReviewState.APPROVED, ReviewState.AUTHORISATION_PENDING)))
			.isEmpty();
		assertThat(ReviewStateMachine.outcome(List.of(ReviewState.APPROVED, ReviewState.AWAITING_AUTHORITY)))
			.as("a Member State whose authority has not received the plan has not approved it")
			.isEmpty();
		assertThat(ReviewStateMachine.outcome(List.of(ReviewState.APPROVED, ReviewState.REJECTED)))
			.contains(TestAction.REJECTED);
		assertThat(ReviewStateMachine.outcome(List.of())).isEqualTo(Optional.empty());
	}

}
