package org.airegistry.opendata.api;

import java.time.Instant;

/**
 * The entry exists but the market surveillance authority suspended it from public view
 * (Art 74/79): answered with 451 and the authority's public notice (see ADR DD013).
 */
class EntrySuspendedException extends RuntimeException {

	private final String registrationNumber;

	private final String notice;

	private final Instant since;

	EntrySuspendedException(String registrationNumber, String notice, Instant since) {
		super("Entry " + registrationNumber + " is suspended from public view by the market surveillance authority: "
				+ notice);
		this.registrationNumber = registrationNumber;
		this.notice = notice;
		this.since = since;
	}

	String registrationNumber() {
		return registrationNumber;
	}

	String notice() {
		return notice;
	}

	Instant since() {
		return since;
	}

}
