package org.airegistry.incident;

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
 * One authority's handling of a report (spec §10.5 W5, authority side): every state with
 * every action, with and without measures recorded before.
 */
class HandlingStateMachineTest {

	static final HandlingState A = HandlingState.AWAITING_AUTHORITY;

	static final HandlingState R = HandlingState.RECEIVED;

	static final HandlingState K = HandlingState.ACKNOWLEDGED;

	static final HandlingState I = HandlingState.INFORMATION_REQUESTED;

	static final HandlingState M = HandlingState.MEASURES_TAKEN;

	static final HandlingState C = HandlingState.CLOSED;

	static Stream<Arguments> table() {
		return Stream.of(
				// route
				row("Art 73(1): a waiting report reaches the authority that starts using the registry", A,
						HandlingAction.ROUTE, false, R),
				row("Art 73(1): a delivered report is not delivered again", R, HandlingAction.ROUTE, false, null),
				row("Art 73(1): an acknowledged report is not delivered again", K, HandlingAction.ROUTE, false, null),
				row("Art 73(1): an answered request does not deliver again", I, HandlingAction.ROUTE, false, null),
				row("Art 73(1): a report with measures is not delivered again", M, HandlingAction.ROUTE, true, null),
				row("Art 73(1): a closed report is not delivered again", C, HandlingAction.ROUTE, true, null),
				// acknowledge
				row("Art 73(8): nobody acknowledges for an authority that has no account", A,
						HandlingAction.ACKNOWLEDGE, false, null),
				row("Art 73(8): the authority acknowledges receipt", R, HandlingAction.ACKNOWLEDGE, false, K),
				row("Art 73(8): acknowledged once", K, HandlingAction.ACKNOWLEDGE, false, null),
				row("Art 73(8): a request already acknowledged receipt", I, HandlingAction.ACKNOWLEDGE, false, null),
				row("Art 73(8): measures already acknowledged receipt", M, HandlingAction.ACKNOWLEDGE, true, null),
				row("Art 73(8): a closed case is not acknowledged", C, HandlingAction.ACKNOWLEDGE, true, null),
				// request information
				row("Art 73(6): no request before an authority has the report", A, HandlingAction.REQUEST_INFORMATION,
						false, null),
				row("Art 73(6): a request on receipt", R, HandlingAction.REQUEST_INFORMATION, false, I),
				row("Art 73(6): a request after acknowledging", K, HandlingAction.REQUEST_INFORMATION, false, I),
				row("Art 73(6): a further request while one is open", I, HandlingAction.REQUEST_INFORMATION, false, I),
				row("Art 73(6): a request after measures", M, HandlingAction.REQUEST_INFORMATION, true, I),
				row("Art 73(6): no request in a closed case", C, HandlingAction.REQUEST_INFORMATION, true, null),
				// new version
				row("Art 73(5): a new version waits with the report", A, HandlingAction.NEW_VERSION, false, A),
				row("Art 73(5): a new version of a received report", R, HandlingAction.NEW_VERSION, false, R),
				row("Art 73(5): a new version of an acknowledged report", K, HandlingAction.NEW_VERSION, false, K),
				row("Art 73(6): the next version answers the request", I, HandlingAction.NEW_VERSION, false, K),
				row("Art 73(6), 73(8): the answer returns to the measures taken", I, HandlingAction.NEW_VERSION, true,
						M),
				row("Art 73(6): a follow-up after measures", M, HandlingAction.NEW_VERSION, true, M),
				row("Art 73(6): a follow-up reaches a closed case as it is", C, HandlingAction.NEW_VERSION, true, C),
				// record measures
				row("Art 73(8): no measures before an authority has the report", A, HandlingAction.RECORD_MEASURES,
						false, null),
				row("Art 73(8): measures on receipt", R, HandlingAction.RECORD_MEASURES, false, M),
				row("Art 73(8): measures after acknowledging", K, HandlingAction.RECORD_MEASURES, false, M),
				row("Art 73(8): measures while a request is open keep it open", I, HandlingAction.RECORD_MEASURES,
						false, I),
				row("Art 73(8): further measures", M, HandlingAction.RECORD_MEASURES, true, M),
				row("Art 73(8): no measures in a closed case", C, HandlingAction.RECORD_MEASURES, true, null),
				// close
				row("Art 73(8): nothing to close while no authority has the report", A, HandlingAction.CLOSE, false,
						null),
				row("Art 73(8): measures first, even 'none needed' (received)", R, HandlingAction.CLOSE, false, null),
				row("Art 73(8): measures first (acknowledged)", K, HandlingAction.CLOSE, false, null),
				row("Art 73(8): measures first (request open, none recorded)", I, HandlingAction.CLOSE, false, null),
				row("Art 73(8): closed after measures while a request is open", I, HandlingAction.CLOSE, true, C),
				row("Art 73(8): closed after measures", M, HandlingAction.CLOSE, true, C),
				row("Art 73(8): closed once", C, HandlingAction.CLOSE, true, null));
	}

	static Arguments row(String name, HandlingState from, HandlingAction action, boolean measures, HandlingState to) {
		return Arguments.of(name, from, action, measures, to);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	@DisplayName("Art 73(8): the authority's side, state by action")
	void transition(String name, HandlingState from, HandlingAction action, boolean measures, HandlingState to) {
		if (to == null) {
			assertThat(HandlingStateMachine.after(from, action, measures)).isEmpty();
			assertThatThrownBy(() -> HandlingStateMachine.apply(from, action, measures))
				.isInstanceOf(ActionRefusedException.class);
		}
		else {
			assertThat(HandlingStateMachine.apply(from, action, measures)).isEqualTo(to);
		}
	}

	@Test
	@DisplayName("The table covers every state with every action")
	void everyCell() {
		List<String> cells = new ArrayList<>();
		table().forEach(arguments -> cells.add(arguments.get()[1] + "/" + arguments.get()[2]));
		for (HandlingState state : HandlingState.values()) {
			for (HandlingAction action : HandlingAction.values()) {
				assertThat(cells).as(state + " " + action).contains(state + "/" + action);
			}
		}
	}

	@Test
	@DisplayName("Art 73(8): closing without measures says that measures come first")
	void measuresFirst() {
		assertThatThrownBy(() -> HandlingStateMachine.apply(HandlingState.ACKNOWLEDGED, HandlingAction.CLOSE, false))
			.hasFieldOrPropertyWithValue("messageKey", "incident.refused.measuresFirst");
	}

}
