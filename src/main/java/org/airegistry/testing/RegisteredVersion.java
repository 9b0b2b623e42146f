package org.airegistry.testing;

import java.time.Instant;

import org.airegistry.publication.Visibility;

/** One registered version of a test plan, immutable. */
public record RegisteredVersion(int number, TestPlanData data, String changeSummary, Instant registeredAt,
		String contentSha256, Visibility visibility) {

}
