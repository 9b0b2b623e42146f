package org.airegistry.testing;

/**
 * Where the market surveillance authority of one Member State of testing stands with a
 * plan (Art 60(4)(a)-(b)). Translated as {@code testing.review.<NAME>}.
 */
public enum ReviewState {

	/**
	 * No authority of that Member State uses the registry yet: delivered when one does.
	 */
	AWAITING_AUTHORITY,

	/** Submitted; the authority's 30 days run. */
	PENDING,

	/** Approved by the authority. */
	APPROVED,

	/**
	 * No answer within 30 days, and national law provides for tacit approval (Art
	 * 60(4)(b)).
	 */
	TACITLY_APPROVED,

	/** No answer within 30 days, and national law does not provide for tacit approval. */
	AUTHORISATION_PENDING,

	/** Refused by the authority, with its reasons (Art 76(5)). */
	REJECTED;

	/** Whether this authority allows the test. */
	public boolean allows() {
		return this == APPROVED || this == TACITLY_APPROVED;
	}

	/** Whether this authority still has to decide. */
	public boolean open() {
		return this == PENDING || this == AUTHORISATION_PENDING;
	}

	public String translationKey() {
		return "testing.review." + name();
	}

}
