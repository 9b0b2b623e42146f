package org.airegistry.organisation;

import java.time.Duration;

/** What a link sent by email is for, and how long it stays valid. */
public enum TokenPurpose {

	VERIFY_EMAIL(Duration.ofHours(48)), INVITATION(Duration.ofDays(7));

	private final Duration validity;

	TokenPurpose(Duration validity) {
		this.validity = validity;
	}

	public Duration validity() {
		return validity;
	}

}
