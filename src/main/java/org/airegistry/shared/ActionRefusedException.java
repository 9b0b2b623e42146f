package org.airegistry.shared;

/**
 * The action is not possible in the current state (for example publishing while the
 * organisation awaits approval). The message key explains why in the user's language.
 */
public class ActionRefusedException extends RuntimeException {

	private final String messageKey;

	public ActionRefusedException(String messageKey) {
		super("Action refused: " + messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
