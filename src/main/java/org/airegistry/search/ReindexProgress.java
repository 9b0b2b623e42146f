package org.airegistry.search;

/**
 * How far a full reindex got.
 *
 * @param phase what it is doing
 * @param indexed documents written so far
 * @param total entries to index (published entries when it started), or
 * {@link #UNCOUNTED} while they are still being counted
 * @param target the new concrete index
 * @param error what went wrong, for {@link Phase#FAILED}; else empty
 */
public record ReindexProgress(Phase phase, long indexed, long total, String target, String error) {

	/**
	 * The total while the entries are still being counted: the count runs while the first
	 * pages are loaded, not before (DD098).
	 */
	public static final long UNCOUNTED = -1;

	public ReindexProgress(Phase phase, long indexed, long total, String target) {
		this(phase, indexed, total, target, "");
	}

	public boolean running() {
		return phase != Phase.DONE && phase != Phase.FAILED;
	}

	public enum Phase {

		CREATING_INDEX, LOADING, SWITCHING_ALIASES, CATCHING_UP, DONE, FAILED

	}

	/** Whether the total is known yet. */
	public boolean counted() {
		return total != UNCOUNTED;
	}

	/** Share done, 0 to 1 (0 while the entries are still being counted). */
	public double fraction() {
		if (phase == Phase.DONE) {
			return 1;
		}
		return total <= 0 ? 0 : Math.min(1, (double) indexed / total);
	}

}
