package org.airegistry.testing;

/** What happens to one authority's review of a plan. */
public enum ReviewAction {

	/**
	 * An authority of the Member State starts using the registry: the plan is delivered.
	 */
	ROUTE,

	/** The authority approves. */
	APPROVE,

	/** The authority refuses, with reasons. */
	REJECT,

	/** Thirty days passed without an answer (Art 60(4)(b)). */
	THIRTY_DAYS_PASSED

}
