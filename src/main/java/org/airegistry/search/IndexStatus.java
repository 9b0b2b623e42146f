package org.airegistry.search;

import java.util.List;
import java.util.Optional;

/**
 * The search index as the regulator console shows it.
 *
 * @param reachable whether Elasticsearch answered
 * @param health cluster health ({@code green}, {@code yellow}, {@code red}) or
 * {@code unreachable}
 * @param indexedCount documents behind the read alias
 * @param databaseCount published public entries in the database (the source of truth)
 * @param readIndices concrete indices behind the read alias
 * @param allIndices every concrete index of the registry-entries definition(s), newest
 * last (older ones are kept for rollback)
 * @param reindex the running or last reindex since the application started
 */
public record IndexStatus(boolean reachable, String health, long indexedCount, long databaseCount,
		List<String> readIndices, List<String> allIndices, Optional<ReindexProgress> reindex) {

	public IndexStatus {
		readIndices = List.copyOf(readIndices);
		allIndices = List.copyOf(allIndices);
	}

	/** Whether the index holds as many documents as the database has public entries. */
	public boolean inSync() {
		return reachable && indexedCount == databaseCount;
	}

}
