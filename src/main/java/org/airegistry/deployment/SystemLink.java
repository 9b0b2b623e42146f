package org.airegistry.deployment;

import org.airegistry.registry.EntryStatus;
import org.jspecify.annotations.Nullable;

/**
 * Whether a deployer may link a registration to a provider's entry (Annex VIII C.3, spec
 * §10.4): only a published entry the provider has neither recalled nor withdrawn.
 *
 * @param outcome what the check found
 * @param registrationNumber the provider's entry, when one was found
 * @param systemName its trade name, when found
 * @param providerName the provider, when found
 * @param status the provider's status (A.7), when found
 * @param restricted whether the entry is in the non-public section (Art 49(4))
 */
public record SystemLink(Outcome outcome, @Nullable String registrationNumber, @Nullable String systemName,
		@Nullable String providerName, @Nullable EntryStatus status, boolean restricted) {

	/** What the check found. Translated as {@code deployment.link.<NAME>}. */
	public enum Outcome {

		/** A published entry that may be used. */
		LINKABLE,
		/** No published entry: Art 26(8) forbids using the system. */
		NOT_REGISTERED,
		/** The provider recalled the system (Art 3(16)). */
		RECALLED,
		/** The provider withdrew the system (Art 3(17)) or it is no longer in service. */
		WITHDRAWN;

		public String translationKey() {
			return "deployment.link." + name();
		}

	}

	public boolean linkable() {
		return outcome == Outcome.LINKABLE;
	}

	static SystemLink notRegistered() {
		return new SystemLink(Outcome.NOT_REGISTERED, null, null, null, null, false);
	}

}
