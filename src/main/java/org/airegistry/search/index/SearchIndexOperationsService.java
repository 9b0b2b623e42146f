package org.airegistry.search.index;

import org.airegistry.search.ReindexStepped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.IndexStatus;
import org.airegistry.search.ReindexProgress;
import org.airegistry.search.ReindexProgress.Phase;
import org.airegistry.search.SearchIndexOperations;
import org.airegistry.shared.Role;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Index status and background reindex for the regulator console. One reindex at a time
 * per application instance; its progress is kept for the console to poll.
 */
@Service
class SearchIndexOperationsService implements SearchIndexOperations {

	private static final Log logger = LogFactory.getLog(SearchIndexOperationsService.class);

	/** The completed step of a reindex, as the audit trail records it. */
	static ReindexStepped completed(String target, RegistryEntriesReindexer.Result result) {
		return new ReindexStepped(ReindexStepped.Step.COMPLETED, target, String.join(", ", result.previousIndices()),
				result.index() + " (" + result.documents() + " documents; deleted: "
						+ String.join(", ", result.deletedIndices()) + ")");
	}

	static final String AUDIT_SUBJECT = "search-index";

	static final String AUDIT_STARTED = "search.reindex.started";

	static final String AUDIT_DONE = "search.reindex.completed";

	static final String AUDIT_FAILED = "search.reindex.failed";

	private final RegistryEntriesIndex index;

	private final RegistryEntriesReindexer reindexer;

	private final RegistryQueries registry;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicReference<Optional<ReindexProgress>> last = new AtomicReference<>(Optional.empty());

	private final ApplicationEventPublisher events;

	SearchIndexOperationsService(RegistryEntriesIndex index, RegistryEntriesReindexer reindexer,
			RegistryQueries registry, ApplicationEventPublisher events) {
		this.events = events;
		this.index = index;
		this.reindexer = reindexer;
		this.registry = registry;
	}

	@Override
	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	public IndexStatus status() {
		long databaseCount = registry.countPublished();
		try {
			HealthStatus health = index.client().cluster().health(h -> h.timeout(t -> t.time("2s"))).status();
			return new IndexStatus(true, health.jsonValue(), index.count(), databaseCount,
					index.indicesOf(index.names().readAlias()), index.allIndices(), last.get());
		}
		catch (Exception ex) {
			return new IndexStatus(false, "unreachable", 0, databaseCount, List.of(), List.of(), last.get());
		}
	}

	@Override
	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	public int keepIndices() {
		return reindexer.keepIndices();
	}

	private List<String> indicesOrEmpty() {
		try {
			return index.indicesOf(index.names().readAlias());
		}
		catch (Exception ex) {
			return List.of();
		}
	}

	@Override
	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	public boolean startReindex() {
		if (!running.compareAndSet(false, true)) {
			return false;
		}
		last.set(Optional.of(new ReindexProgress(Phase.CREATING_INDEX, 0, 0, "")));
		// who started it, in the caller's thread (the background thread has no actor)
		events.publishEvent(new ReindexStepped(ReindexStepped.Step.STARTED, index.names().readAlias(),
				String.join(", ", indicesOrEmpty()), null));
		Thread.ofVirtual().name("search-reindex").start(() -> {
			try {
				RegistryEntriesReindexer.Result result = reindexer
					.reindexAll(progress -> last.set(Optional.of(progress)));
				events.publishEvent(completed(index.names().readAlias(), result));
			}
			catch (Exception ex) {
				events.publishEvent(new ReindexStepped(ReindexStepped.Step.FAILED, index.names().readAlias(), null,
						String.valueOf(ex.getMessage())));
				logger.warn("Reindex failed: " + ex);
				ReindexProgress before = last.get().orElse(new ReindexProgress(Phase.FAILED, 0, 0, ""));
				last.set(Optional.of(new ReindexProgress(Phase.FAILED, before.indexed(), before.total(),
						before.target(), String.valueOf(ex.getMessage()))));
			}
			finally {
				running.set(false);
			}
		});
		return true;
	}

}
