package org.airegistry.incident;

import java.util.Optional;

import org.airegistry.shared.ActionRefusedException;

/**
 * The reporter's side of a serious-incident report (spec §10.5 W5) as a table: which kind
 * of version may be submitted in which state, and where it leads. An initial report may
 * be incomplete and updated until the complete report follows (Art 73(5)); the follow-ups
 * of Art 73(6) come after the complete report; a report that every authority closed takes
 * no more versions. Pure: no clock, no storage.
 */
public final class IncidentStateMachine {

	private IncidentStateMachine() {
	}

	/** The state after submitting a version of this type, or empty when not allowed. */
	public static Optional<IncidentState> afterSubmitting(IncidentState from, ReportType type) {
		IncidentState next = switch (from) {
			case DRAFT, INITIAL_REPORT -> switch (type) {
				case INITIAL -> IncidentState.INITIAL_REPORT;
				case COMPLETE -> IncidentState.COMPLETE_REPORT;
				case INVESTIGATION, CORRECTIVE_ACTION -> null;
			};
			case COMPLETE_REPORT -> switch (type) {
				case INITIAL -> null;
				case COMPLETE -> IncidentState.COMPLETE_REPORT;
				case INVESTIGATION -> IncidentState.INVESTIGATION;
				case CORRECTIVE_ACTION -> IncidentState.CORRECTIVE_ACTION;
			};
			case INVESTIGATION, CORRECTIVE_ACTION -> switch (type) {
				case INITIAL, COMPLETE -> null;
				case INVESTIGATION -> IncidentState.INVESTIGATION;
				case CORRECTIVE_ACTION -> IncidentState.CORRECTIVE_ACTION;
			};
			case CLOSED -> null;
		};
		return Optional.ofNullable(next);
	}

	/**
	 * The state after submitting a version of this type.
	 * @throws ActionRefusedException with the reason when not allowed
	 */
	public static IncidentState submit(IncidentState from, ReportType type) {
		return afterSubmitting(from, type).orElseThrow(() -> new ActionRefusedException(refusal(from, type)));
	}

	/** The kinds of version that may be submitted in the state, in order. */
	public static java.util.List<ReportType> allowed(IncidentState from) {
		return java.util.Arrays.stream(ReportType.values())
			.filter(type -> afterSubmitting(from, type).isPresent())
			.toList();
	}

	/** The state once every authority closed its handling. */
	public static IncidentState close(IncidentState from) {
		if (!from.submitted()) {
			throw new ActionRefusedException("incident.refused.notSubmitted");
		}
		return IncidentState.CLOSED;
	}

	private static String refusal(IncidentState from, ReportType type) {
		if (from == IncidentState.CLOSED) {
			return "incident.refused.closed";
		}
		if (type == ReportType.INVESTIGATION || type == ReportType.CORRECTIVE_ACTION) {
			return "incident.refused.completeFirst";
		}
		return "incident.refused.noStepBack";
	}

}
