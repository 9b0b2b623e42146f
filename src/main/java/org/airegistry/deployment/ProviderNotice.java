package org.airegistry.deployment;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice from a deployer to a provider that a system it wants to use is not registered
 * (Art 26(8)).
 *
 * @param id the notice
 * @param deployerName the deployer's legal name
 * @param systemDescription the system as the deployer named it
 * @param message what the deployer wrote
 * @param sentAt when it was sent
 */
public record ProviderNotice(UUID id, String deployerName, String systemDescription, String message, Instant sentAt) {

	public static final int SYSTEM_MAX = 300;

	public static final int MESSAGE_MAX = 2000;

}
