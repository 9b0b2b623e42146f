package org.airegistry.explanation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A period in which the deadline does not run: from the deployer's request for
 * information until the person answers.
 *
 * @param stoppedAt when the deployer asked
 * @param resumedAt when the person answered; {@code null} while the clock is stopped
 */
public record ClockStop(Instant stoppedAt, @Nullable Instant resumedAt) {

	public boolean running() {
		return resumedAt == null;
	}

}
