package org.airegistry.incident;

import java.util.Optional;

import org.airegistry.shared.ActionRefusedException;

/**
 * One competent authority's handling of a report, as a table (spec §10.5 W5, authority
 * side): received, acknowledged, information requested and answered by the reporter's
 * next version, measures recorded within its own 7-day clock (Art 73(8)), closed. A case
 * is closed only after measures were recorded (which may be "no measures needed"). Pure.
 */
public final class HandlingStateMachine {

	private HandlingStateMachine() {
	}

	/**
	 * The state after the action, or empty when it is not possible.
	 * @param measuresRecorded whether measures were recorded before
	 */
	public static Optional<HandlingState> after(HandlingState from, HandlingAction action, boolean measuresRecorded) {
		HandlingState next = switch (action) {
			case ROUTE -> from == HandlingState.AWAITING_AUTHORITY ? HandlingState.RECEIVED : null;
			case ACKNOWLEDGE -> from == HandlingState.RECEIVED ? HandlingState.ACKNOWLEDGED : null;
			case REQUEST_INFORMATION -> switch (from) {
				case RECEIVED, ACKNOWLEDGED, INFORMATION_REQUESTED, MEASURES_TAKEN ->
					HandlingState.INFORMATION_REQUESTED;
				case AWAITING_AUTHORITY, CLOSED -> null;
			};
			case NEW_VERSION -> switch (from) {
				case INFORMATION_REQUESTED ->
					measuresRecorded ? HandlingState.MEASURES_TAKEN : HandlingState.ACKNOWLEDGED;
				case AWAITING_AUTHORITY, RECEIVED, ACKNOWLEDGED, MEASURES_TAKEN, CLOSED -> from;
			};
			case RECORD_MEASURES -> switch (from) {
				case RECEIVED, ACKNOWLEDGED, MEASURES_TAKEN -> HandlingState.MEASURES_TAKEN;
				case INFORMATION_REQUESTED -> HandlingState.INFORMATION_REQUESTED;
				case AWAITING_AUTHORITY, CLOSED -> null;
			};
			case CLOSE -> from.open() && measuresRecorded ? HandlingState.CLOSED : null;
		};
		return Optional.ofNullable(next);
	}

	/**
	 * The state after the action.
	 * @throws ActionRefusedException with the reason when it is not possible
	 */
	public static HandlingState apply(HandlingState from, HandlingAction action, boolean measuresRecorded) {
		return after(from, action, measuresRecorded)
			.orElseThrow(() -> new ActionRefusedException(action == HandlingAction.CLOSE && from.open()
					? "incident.refused.measuresFirst" : from == HandlingState.CLOSED
							? "incident.refused.handlingClosed" : "incident.refused.handlingState"));
	}

}
