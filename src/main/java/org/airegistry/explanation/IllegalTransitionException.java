package org.airegistry.explanation;

import org.airegistry.shared.ActionRefusedException;

/** An action that the request's state does not allow (e.g. answering twice). */
public class IllegalTransitionException extends ActionRefusedException {

	public IllegalTransitionException(RequestState state, RequestAction action) {
		super("explanation.error.transition");
		addSuppressed(new IllegalStateException(action + " is not possible in state " + state));
	}

}
