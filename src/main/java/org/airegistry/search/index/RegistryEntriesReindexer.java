package org.airegistry.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.ReindexProgress;
import org.airegistry.search.ReindexProgress.Phase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Rebuilds the index from the database: a new concrete index from the definition, loaded
 * from every entry's latest public version (streamed in batches), then both aliases moved
 * to it in one atomic {@code updateAliases}. The old index is kept (for a rollback by
 * hand). Searches keep answering from the old index until the swap.
 */
public class RegistryEntriesReindexer {

	static final int BATCH_SIZE = 500;

	static final int CATCH_UP_LIMIT = 5_000;

	static final Duration CATCH_UP_SLACK = Duration.ofMinutes(1);

	private static final Log logger = LogFactory.getLog(RegistryEntriesReindexer.class);

	private final RegistryEntriesIndex index;

	private final RegistryQueries registry;

	private final Clock clock;

	private final DeploymentFacts.Source deployments;

	private final Visibility visibility;

	public RegistryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry, Clock clock) {
		this(index, registry, clock, DeploymentFacts.Source.NONE);
	}

	public RegistryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry, Clock clock,
			DeploymentFacts.Source deployments) {
		this(index, registry, clock, deployments, Visibility.ALL);
	}

	public RegistryEntriesReindexer(RegistryEntriesIndex index, RegistryQueries registry, Clock clock,
			DeploymentFacts.Source deployments, Visibility visibility) {
		this.index = index;
		this.registry = registry;
		this.clock = clock;
		this.deployments = deployments;
		this.visibility = visibility;
	}

	/** Whether an entry is withheld from search (suspended), also in reduced mode. */
	public boolean withheld(PublicEntry entry) {
		return visibility.withheld(entry);
	}

	/** The outcome of a reindex. */
	public record Result(String index, int documents, List<String> previousIndices, long millis) {

		/** Documents per second of the whole run. */
		public double documentsPerSecond() {
			return millis == 0 ? documents : documents * 1000.0 / millis;
		}

	}

	public Result reindexAll() throws IOException {
		return reindexAll(progress -> {
		});
	}

	/**
	 * Reindexes, reporting progress after each batch.
	 * @param progress told of each step; must be quick
	 */
	public Result reindexAll(Consumer<ReindexProgress> progress) throws IOException {
		long started = System.nanoTime();
		// a little slack for clocks of several application instances
		Instant startedAt = clock.instant().minus(CATCH_UP_SLACK);
		index.ensureExists();
		ElasticsearchClient client = index.client();
		IndexNames names = index.names();
		String target = names.reindexTarget(clock.instant());
		long total = registry.countPublished();
		progress.accept(new ReindexProgress(Phase.CREATING_INDEX, 0, total, target));
		index.create(target, false);
		// bulk loading goes faster without refreshes
		client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("-1"))));
		int documents = load(client, target, written -> progress
			.accept(new ReindexProgress(Phase.LOADING, written, Math.max(total, written), target)));
		client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("1s"))));
		client.indices().refresh(r -> r.index(target));

		progress.accept(new ReindexProgress(Phase.SWITCHING_ALIASES, documents, total, target));
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
		progress.accept(new ReindexProgress(Phase.CATCHING_UP, documents, total, target));
		int caughtUp = catchUp(client, target, startedAt);
		client.indices().refresh(r -> r.index(target));
		long millis = (System.nanoTime() - started) / 1_000_000;
		progress.accept(new ReindexProgress(Phase.DONE, documents, total, target));
		logger.info("Reindexed %d entries into %s in %d ms (%d updated after the alias swap); previous %s kept"
			.formatted(documents, target, millis, caughtUp, previousRead));
		return new Result(target, documents, previousRead, millis);
	}

	/**
	 * Copies entries published since the reindex started into the new index: from the
	 * newest versions when there are few, else by a second full pass.
	 */
	private int catchUp(ElasticsearchClient client, String target, Instant startedAt) throws IOException {
		List<PublicEntry> recent = registry.recentVersions(CATCH_UP_LIMIT, Optional.empty());
		if (recent.size() == CATCH_UP_LIMIT && !recent.getLast().publishedAt().isBefore(startedAt)) {
			return load(client, target, written -> {
			});
		}
		Set<AiSystemId> changed = new LinkedHashSet<>();
		recent.stream().filter(e -> !e.publishedAt().isBefore(startedAt)).forEach(e -> changed.add(e.id()));
		List<PublicEntry> latest = new ArrayList<>();
		for (AiSystemId id : changed) {
			registry.findLatest(id).filter(entry -> !visibility.withheld(entry)).ifPresent(latest::add);
		}
		return RegistryEntryIndexer.bulkIndex(client, target, latest, deployments);
	}

	private int load(ElasticsearchClient client, String target, Consumer<Integer> afterBatch) {
		AtomicInteger written = new AtomicInteger();
		registry.forEachLatest(BATCH_SIZE, batch -> {
			try {
				List<PublicEntry> shown = batch.stream().filter(entry -> !visibility.withheld(entry)).toList();
				written.addAndGet(RegistryEntryIndexer.bulkIndex(client, target, shown, deployments));
				afterBatch.accept(written.get());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return written.get();
	}

}
