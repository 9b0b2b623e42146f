package org.airegistry.search.query;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * After a call to the index timed out (a node that accepts connections but does not
 * answer), searches go straight to the database for a pause instead of each waiting for
 * the timeout again; after the pause the next search tries the index again, so the portal
 * returns to full mode by itself when the node answers (DD058). Refused connections fail
 * at once and do not pause.
 */
final class HungIndexPause {

	private final long pauseNanos;

	private volatile long pausedSince;

	private volatile boolean paused;

	HungIndexPause(Duration pause) {
		this.pauseNanos = pause.toNanos();
	}

	/** Whether the index may be asked now. */
	boolean indexAllowed() {
		if (!paused) {
			return true;
		}
		if (System.nanoTime() - pausedSince >= pauseNanos) {
			paused = false;
			return true;
		}
		return false;
	}

	/** A call failed: pause when it timed out. */
	void failed(Throwable failure) {
		if (timedOut(failure)) {
			pausedSince = System.nanoTime();
			paused = true;
		}
	}

	static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InterruptedIOException || cause instanceof TimeoutException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
