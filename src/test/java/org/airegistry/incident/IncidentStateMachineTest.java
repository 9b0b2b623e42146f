package org.airegistry.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.airegistry.shared.ActionRefusedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reporter's side of a serious-incident report (spec §10.5 W5), every state with
 * every kind of version: the whole table, each cell named after its article.
 */
class IncidentStateMachineTest {

	static Stream<Arguments> table() {
		return Stream.of(
				Arguments.of("Art 73(5): an initial report may be incomplete", IncidentState.DRAFT, ReportType.INITIAL,
						IncidentState.INITIAL_REPORT),
				Arguments.of("Art 73(2): a complete report straight away", IncidentState.DRAFT, ReportType.COMPLETE,
						IncidentState.COMPLETE_REPORT),
				Arguments.of("Art 73(6): no investigation before anything was reported", IncidentState.DRAFT,
						ReportType.INVESTIGATION, null),
				Arguments.of("Art 73(6): no corrective action before anything was reported", IncidentState.DRAFT,
						ReportType.CORRECTIVE_ACTION, null),
				Arguments.of("Art 73(5): an initial report may be updated while still incomplete",
						IncidentState.INITIAL_REPORT, ReportType.INITIAL, IncidentState.INITIAL_REPORT),
				Arguments.of("Art 73(5): the complete report follows the initial one", IncidentState.INITIAL_REPORT,
						ReportType.COMPLETE, IncidentState.COMPLETE_REPORT),
				Arguments.of("Art 73(5), 73(6): the follow-ups wait for the complete report",
						IncidentState.INITIAL_REPORT, ReportType.INVESTIGATION, null),
				Arguments.of("Art 73(5), 73(6): corrective action waits for the complete report",
						IncidentState.INITIAL_REPORT, ReportType.CORRECTIVE_ACTION, null),
				Arguments.of("Art 73(5): a complete report is not made incomplete again", IncidentState.COMPLETE_REPORT,
						ReportType.INITIAL, null),
				Arguments.of("Art 73(5): a complete report may be corrected", IncidentState.COMPLETE_REPORT,
						ReportType.COMPLETE, IncidentState.COMPLETE_REPORT),
				Arguments.of("Art 73(6): investigation and risk assessment follow the complete report",
						IncidentState.COMPLETE_REPORT, ReportType.INVESTIGATION, IncidentState.INVESTIGATION),
				Arguments.of("Art 73(6): corrective action may follow the complete report at once",
						IncidentState.COMPLETE_REPORT, ReportType.CORRECTIVE_ACTION, IncidentState.CORRECTIVE_ACTION),
				Arguments.of("Art 73(6): no step back to an initial report during the investigation",
						IncidentState.INVESTIGATION, ReportType.INITIAL, null),
				Arguments.of("Art 73(6): no step back to the complete report during the investigation",
						IncidentState.INVESTIGATION, ReportType.COMPLETE, null),
				Arguments.of("Art 73(6): further investigation results", IncidentState.INVESTIGATION,
						ReportType.INVESTIGATION, IncidentState.INVESTIGATION),
				Arguments.of("Art 73(6): corrective action after the investigation", IncidentState.INVESTIGATION,
						ReportType.CORRECTIVE_ACTION, IncidentState.CORRECTIVE_ACTION),
				Arguments.of("Art 73(6): no initial report after corrective action", IncidentState.CORRECTIVE_ACTION,
						ReportType.INITIAL, null),
				Arguments.of("Art 73(6): no complete report after corrective action", IncidentState.CORRECTIVE_ACTION,
						ReportType.COMPLETE, null),
				Arguments.of("Art 73(6): the investigation may go on after a corrective action",
						IncidentState.CORRECTIVE_ACTION, ReportType.INVESTIGATION, IncidentState.INVESTIGATION),
				Arguments.of("Art 73(6): further corrective action", IncidentState.CORRECTIVE_ACTION,
						ReportType.CORRECTIVE_ACTION, IncidentState.CORRECTIVE_ACTION),
				Arguments.of("Art 73(8): a report every authority closed takes no initial report", IncidentState.CLOSED,
						ReportType.INITIAL, null),
				Arguments.of("Art 73(8): a closed report takes no complete report", IncidentState.CLOSED,
						ReportType.COMPLETE, null),
				Arguments.of("Art 73(8): a closed report takes no investigation", IncidentState.CLOSED,
						ReportType.INVESTIGATION, null),
				Arguments.of("Art 73(8): a closed report takes no corrective action", IncidentState.CLOSED,
						ReportType.CORRECTIVE_ACTION, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	@DisplayName("Art 73(5)-(6): which version may be submitted in which state")
	void transition(String name, IncidentState from, ReportType type, IncidentState expected) {
		if (expected == null) {
			assertThat(IncidentStateMachine.afterSubmitting(from, type)).isEmpty();
			assertThatThrownBy(() -> IncidentStateMachine.submit(from, type))
				.isInstanceOf(ActionRefusedException.class);
		}
		else {
			assertThat(IncidentStateMachine.submit(from, type)).isEqualTo(expected);
		}
	}

	@Test
	@DisplayName("The table covers every state and every kind of version")
	void complete() {
		assertThat(table().count()).isEqualTo((long) IncidentState.values().length * ReportType.values().length);
	}

	@Test
	@DisplayName("Refusals explain themselves: closed, complete first, no step back")
	void refusalReasons() {
		assertThatThrownBy(() -> IncidentStateMachine.submit(IncidentState.CLOSED, ReportType.INVESTIGATION))
			.hasFieldOrPropertyWithValue("messageKey", "incident.refused.closed");
		assertThatThrownBy(() -> IncidentStateMachine.submit(IncidentState.INITIAL_REPORT, ReportType.INVESTIGATION))
			.hasFieldOrPropertyWithValue("messageKey", "incident.refused.completeFirst");
		assertThatThrownBy(() -> IncidentStateMachine.submit(IncidentState.INVESTIGATION, ReportType.COMPLETE))
			.hasFieldOrPropertyWithValue("messageKey", "incident.refused.noStepBack");
		assertThat(IncidentStateMachine.allowed(IncidentState.DRAFT)).containsExactly(ReportType.INITIAL,
				ReportType.COMPLETE);
		assertThatThrownBy(() -> IncidentStateMachine.close(IncidentState.DRAFT))
			.isInstanceOf(ActionRefusedException.class);
		assertThat(IncidentStateMachine.close(IncidentState.CORRECTIVE_ACTION)).isEqualTo(IncidentState.CLOSED);
	}

}
