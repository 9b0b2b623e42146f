package org.airegistry.publication;

/**
 * Why a record in the public section is withheld from public view now, without a new
 * version: set and lifted on the record, applied by the same predicate as the visibility
 * of its versions.
 */
public enum PublicHold {

	/**
	 * The market surveillance authority suspended the record from public view (Art
	 * 74/79); its public pages show the authority's notice instead.
	 */
	SUSPENDED,

	/** The owner withdrew the consent its publication rested on. */
	CONSENT_WITHDRAWN

}
