package org.airegistry.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param verified rows whose hashes were recomputed and matched, from the first on
 * @param unchained rows recorded before the chain existed (not covered)
 * @param brokenAt the first position where the chain does not hold (a row changed,
 * removed or inserted), or null when it is intact
 * @param lastHash the hash of the last matching row: write it down elsewhere to detect
 * later changes of the whole tail
 */
public record ChainReport(long verified, long unchained, @Nullable Long brokenAt, String lastHash) {

	public boolean intact() {
		return brokenAt == null;
	}

}
