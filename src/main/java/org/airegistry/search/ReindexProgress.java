package org.airegistry.search;

/**
 * How far a full reindex got.
 *
 * @param phase what it is doing
 * @param indexed documents written so far
 * @param total entries to index (published entries when it started)
 * @param target the new concrete index
 * @param error what went wrong, for {@link Phase#FAILED}; else empty
 */
public record ReindexProgress(Phase phase, long indexed, long total, String target, String error) {

	public ReindexProgress(Phase phase, long indexed, long total, String target) {
		this(phase, indexed, total, target, "");
	}

	public boolean running() {
		return phase != Phase.DONE && phase != Phase.FAILED;
	}

	public enum Phase {

		CREATING_INDEX, LOADING, SWITCHING_ALIASES, CATCHING_UP, DONE, FAILED

	}

	/** Share done, 0 to 1. */
	public double fraction() {
		if (phase == Phase.DONE) {
			return 1;
		}
		return total == 0 ? 0 : Math.min(1, (double) indexed / total);
	}

}
