package org.airegistry.explanation;

import static org.airegistry.explanation.RequestAction.*;
import static org.airegistry.explanation.RequestState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestStateTest {

	@Test
	@DisplayName("Art 86: a request reaches the deployer only after the email address is verified")
	void verificationFirst() {
		assertThat(AWAITING_VERIFICATION.after(VERIFY, false)).isEqualTo(SUBMITTED);
		for (RequestAction action : new RequestAction[] { ACKNOWLEDGE, ANSWER, REFUSE, REQUEST_INFORMATION }) {
			assertThatThrownBy(() -> AWAITING_VERIFICATION.after(action, false))
				.isInstanceOf(IllegalTransitionException.class);
		}
	}

	@Test
	@DisplayName("Art 86: acknowledge, request information (clock stopped), information given, answered, closed")
	void happyPath() {
		RequestState state = SUBMITTED.after(ACKNOWLEDGE, false);
		assertThat(state).isEqualTo(ACKNOWLEDGED);
		state = state.after(REQUEST_INFORMATION, false);
		assertThat(state).isEqualTo(INFORMATION_REQUESTED);
		assertThat(state.allows(EXTEND, false)).isFalse();
		state = state.after(PROVIDE_INFORMATION, false);
		assertThat(state).isEqualTo(ACKNOWLEDGED);
		assertThat(state.after(EXTEND, false)).isEqualTo(ACKNOWLEDGED);
		state = state.after(ANSWER, false);
		assertThat(state).isEqualTo(ANSWERED);
		assertThatThrownBy(() -> ANSWERED.after(ANSWER, false)).isInstanceOf(IllegalTransitionException.class);
		assertThat(state.after(CLOSE, false)).isEqualTo(CLOSED);
	}

	@Test
	@DisplayName("Art 86(2)/(3): refusal and not-eligible end the deployer's part")
	void refusal() {
		assertThat(ACKNOWLEDGED.after(REFUSE, false)).isEqualTo(REFUSED);
		assertThat(SUBMITTED.after(MARK_NOT_ELIGIBLE, false)).isEqualTo(NOT_ELIGIBLE);
		assertThat(INFORMATION_REQUESTED.after(ANSWER_PARTIALLY, false)).isEqualTo(PARTIALLY_ANSWERED);
		assertThat(REFUSED.allows(ACKNOWLEDGE, false)).isFalse();
	}

	@Test
	@DisplayName("Art 85: escalation when overdue, refused or the answer is insufficient; never while in time")
	void escalation() {
		assertThat(SUBMITTED.allows(ESCALATE, false)).isFalse();
		assertThat(SUBMITTED.after(ESCALATE, true)).isEqualTo(ESCALATED);
		assertThat(ACKNOWLEDGED.after(ESCALATE, true)).isEqualTo(ESCALATED);
		assertThat(INFORMATION_REQUESTED.allows(ESCALATE, true)).isFalse();
		assertThat(REFUSED.after(ESCALATE, false)).isEqualTo(ESCALATED);
		assertThat(ANSWERED.after(ESCALATE, false)).isEqualTo(ESCALATED);
		assertThat(PARTIALLY_ANSWERED.after(ESCALATE, false)).isEqualTo(ESCALATED);
		assertThat(ESCALATED.after(CLOSE_COMPLAINT, false)).isEqualTo(CLOSED);
		assertThat(ESCALATED.allows(ESCALATE, true)).isFalse();
		assertThat(CLOSED.allows(ESCALATE, true)).isFalse();
	}

}
