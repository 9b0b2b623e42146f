package org.airegistry.deployment;

import org.airegistry.registry.EntryStatus;
import org.jspecify.annotations.Nullable;

/**
 * Whether a deployer may link a new registration to a provider's entry (Annex VIII C.3):
 * any published entry except a recalled one (Art 3(16)) or one a market surveillance
 * authority suspended. A system its provider no longer places on the market (withdrawal,
 * Art 3(17)) may lawfully stay in use, so it may be linked, with a warning. An existing
 * registration stays updatable whatever the provider's status (e.g. to record that the
 * use ended). Being found here is not an authorisation: the registry does not check
 * compliance.
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

		/** A published entry on the market or in service. */
		LINKABLE,
		/**
		 * Not found in this registry; a public-authority deployer must not use an
		 * unregistered system (Art 26(8)).
		 */
		NOT_REGISTERED,
		/** The provider recalled the system (Art 3(16)): no new use may be registered. */
		RECALLED,
		/**
		 * The provider no longer places the system on the market or it is no longer in
		 * service (Art 3(17)): existing systems may stay in use, so a use may be
		 * registered.
		 */
		WITHDRAWN,
		/**
		 * A market surveillance authority suspended the entry from public view: no new
		 * use may be registered while it lasts.
		 */
		SUSPENDED;

		public String translationKey() {
			return "deployment.link." + name();
		}

	}

	/**
	 * Whether a new registration of use (or a new impact assessment) may link to the
	 * entry: not for a recall or a suspension, nor when nothing was found.
	 */
	public boolean linkable() {
		return outcome == Outcome.LINKABLE || outcome == Outcome.WITHDRAWN;
	}

	/** Whether the deployer should see the outcome as a warning next to the entry. */
	public boolean warns() {
		return outcome != Outcome.LINKABLE;
	}

	static SystemLink notRegistered() {
		return new SystemLink(Outcome.NOT_REGISTERED, null, null, null, null, false);
	}

}
