package org.airegistry.search;

import org.airegistry.shared.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A step of a zero-downtime reindex of the search index (from the console or the command
 * line).
 *
 * @param step started, completed or failed
 * @param target the read alias, or {@code command line}
 * @param before the indices before, if known
 * @param after the new index and its numbers, or the failure
 */
public record ReindexStepped(Step step, String target, @Nullable String before,
		@Nullable String after) implements DomainEvent {

	/** Where the reindex is. */
	public enum Step {

		STARTED, COMPLETED, FAILED

	}

}
