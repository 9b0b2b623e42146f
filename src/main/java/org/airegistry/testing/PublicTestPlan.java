package org.airegistry.testing;

import java.time.Instant;

/**
 * One registered version of a test as the public sees it, with the provider's consent
 * (Art 60(4)(c), Art 71(4)): Annex IX data only, never the conditions kept for the
 * authorities.
 *
 * @param status where the test stands, as the public may know it (Annex IX point 5)
 */
public record PublicTestPlan(String uid, String providerName, int version, int latestVersion, TestPlanData data,
		String changeSummary, Instant firstRegisteredAt, Instant registeredAt, String contentSha256,
		PublicTestStatus status) {

	public boolean isLatest() {
		return version == latestVersion;
	}

}
