package org.airegistry.explanation;

/** What the person, the deployer or the authority can do with a request. */
public enum RequestAction {

	/** Person: opens the verification link. */
	VERIFY,
	/** Deployer: confirms receipt. */
	ACKNOWLEDGE,
	/** Deployer: asks the person for information (stops the clock). */
	REQUEST_INFORMATION,
	/** Person: answers the deployer's question (restarts the clock). */
	PROVIDE_INFORMATION,
	/** Deployer: extends the deadline once, with reasons. */
	EXTEND,
	/**
	 * Deployer: explains the role of the AI system and the main elements of the decision.
	 */
	ANSWER,
	/** Deployer: explains in part. */
	ANSWER_PARTIALLY,
	/** Deployer: refuses on a legal ground. */
	REFUSE,
	/** Deployer: not an Art 86 case. */
	MARK_NOT_ELIGIBLE,
	/** Person: complains to the market surveillance authority (Art 85). */
	ESCALATE,
	/** Person: accepts the response and closes the request. */
	CLOSE,
	/** Authority: closes the complaint with an outcome. */
	CLOSE_COMPLAINT

}
