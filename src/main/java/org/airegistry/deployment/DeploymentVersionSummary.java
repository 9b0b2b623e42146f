package org.airegistry.deployment;

import java.time.Instant;

/** One line of a deployer registration's public version history. */
public record DeploymentVersionSummary(int version, Instant publishedAt, String changeSummary, String contentSha256) {

}
