package org.airegistry.registry;

/**
 * Annex VIII A.7 / B.8: the status of the AI system. Withdrawal (Art 3(17)) is
 * {@link #NO_LONGER_ON_MARKET}; recall is Art 3(16). Translated as {@code status.<NAME>}.
 */
public enum EntryStatus {

	ON_MARKET, IN_SERVICE, NO_LONGER_ON_MARKET, NO_LONGER_IN_SERVICE, RECALLED;

	public String translationKey() {
		return "status." + name();
	}

}
