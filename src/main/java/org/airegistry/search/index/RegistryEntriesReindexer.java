package org.airegistry.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.airegistry.registry.RegistryQueries;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Rebuilds the index from the database: a new concrete index from the definition, loaded
 * from every entry's latest public version, then both aliases moved to it in one atomic
 * {@code updateAliases}. The old index is kept (for a rollback by hand).
 */
public class RegistryEntriesReindexer {

	static final int BATCH_SIZE = 500;

	private static final Log logger = LogFactory.getLog(RegistryEntriesReindexer.class);

	private final RegistryEntriesIndex index;

	private final RegistryQueries registry;

	private final Clock clock;

	public RegistryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry, Clock clock) {
		this.index = index;
		this.registry = registry;
		this.clock = clock;
	}

	/** The outcome of a reindex. */
	public record Result(String index, int documents, List<String> previousIndices) {

	}

	public Result reindexAll() throws IOException {
		index.ensureExists();
		ElasticsearchClient client = index.client();
		IndexNames names = index.names();
		String target = names.reindexTarget(clock.instant());
		index.create(target, false);
		int documents = load(client, target);
		client.indices().refresh(r -> r.index(target));

		List<String> previousRead = index.indicesOf(names.readAlias());
		List<String> previousWrite = index.indicesOf(names.writeAlias());
		client.indices().updateAliases(u -> {
			previousRead
				.forEach(old -> u.actions(Action.of(a -> a.remove(r -> r.index(old).alias(names.readAlias())))));
			previousWrite
				.forEach(old -> u.actions(Action.of(a -> a.remove(r -> r.index(old).alias(names.writeAlias())))));
			u.actions(Action.of(a -> a.add(add -> add.index(target).alias(names.readAlias()))));
			u.actions(Action.of(a -> a.add(add -> add.index(target).alias(names.writeAlias()).isWriteIndex(true))));
			return u;
		});
		// entries published while loading went to the old index: bring them over (the
		// external versions make unchanged documents a no-op)
		int caughtUp = load(client, target);
		client.indices().refresh(r -> r.index(target));
		logger.info("Reindexed %d entries into %s (%d updated after the alias swap); previous %s kept"
			.formatted(documents, target, caughtUp, previousRead));
		return new Result(target, documents, previousRead);
	}

	private int load(ElasticsearchClient client, String target) {
		AtomicInteger written = new AtomicInteger();
		registry.forEachLatest(BATCH_SIZE, batch -> {
			try {
				written.addAndGet(RegistryEntryIndexer.bulkIndex(client, target, batch));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return written.get();
	}

}
