package org.airegistry.search.index;

import java.time.Duration;
import java.time.Instant;

import org.airegistry.registry.RegistryQueries;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The search index as operations see it, probed at most once per
 * {@code airegistry.metrics.refresh-interval} (default 15 s) however often health and
 * metrics are read:
 * <ul>
 * <li>health {@code search} (group {@code degradable}): UP in full mode,
 * {@value #DEGRADED_CODE} while Elasticsearch is unreachable and searches answer from the
 * database (reduced mode) — the portal works, so this never makes it unready;</li>
 * <li>gauges {@code airegistry.search.reduced} (1 in reduced mode) and
 * {@code airegistry.search.documents} by store (index, database): an index that stays
 * behind the database means the outbox is not delivering.</li>
 * </ul>
 */
@Component("searchHealthIndicator")
class SearchObservations implements HealthIndicator, MeterBinder {

	private static final Log logger = LogFactory.getLog(SearchObservations.class);

	static final String DEGRADED_CODE = "DEGRADED";

	static final Status DEGRADED = new Status(DEGRADED_CODE,
			"Search index unreachable: searches answer from the database (reduced mode)");

	/** What one probe found. */
	record Snapshot(boolean reachable, @Nullable String clusterStatus, long indexDocuments, long databaseEntries,
			@Nullable String error, Instant at) {
	}

	private final RegistryEntriesIndex index;

	private final RegistryQueries registry;

	private final LoadingCache<Boolean, Snapshot> snapshots;

	private volatile boolean lastReachable = true;

	SearchObservations(RegistryEntriesIndex index, RegistryQueries registry,
			@Value("${airegistry.metrics.refresh-interval:15s}") Duration refresh) {
		this.index = index;
		this.registry = registry;
		this.snapshots = Caffeine.newBuilder().expireAfterWrite(refresh).maximumSize(1).build(key -> probe());
	}

	Snapshot snapshot() {
		return snapshots.get(Boolean.TRUE);
	}

	/** Forgets the last probe (tests, and after the node came back). */
	void refresh() {
		snapshots.invalidateAll();
	}

	Snapshot probe() {
		long database = registry.countPublished();
		try {
			HealthStatus health = index.client().cluster().health(h -> h.timeout(t -> t.time("2s"))).status();
			long documents = index.client().count(c -> c.index(index.names().readAlias())).count();
			return changed(new Snapshot(true, health.jsonValue(), documents, database, null, Instant.now()));
		}
		catch (Exception ex) {
			return changed(new Snapshot(false, null, -1, database, ex.getClass().getSimpleName(), Instant.now()));
		}
	}

	private Snapshot changed(Snapshot snapshot) {
		if (snapshot.reachable() != lastReachable) {
			lastReachable = snapshot.reachable();
			if (snapshot.reachable()) {
				logger.info("Search index reachable again: full mode");
			}
			else {
				logger.warn("Search index unreachable (" + snapshot.error() + "): reduced mode");
			}
		}
		return snapshot;
	}

	@Override
	public Health health() {
		Snapshot snapshot = snapshot();
		Health.Builder health = snapshot.reachable() ? Health.up() : Health.status(DEGRADED);
		health.withDetail("mode", snapshot.reachable() ? "FULL" : "REDUCED")
			.withDetail("databaseEntries", snapshot.databaseEntries());
		if (snapshot.reachable()) {
			health.withDetail("cluster", String.valueOf(snapshot.clusterStatus()))
				.withDetail("indexDocuments", snapshot.indexDocuments());
		}
		else {
			health.withDetail("error", String.valueOf(snapshot.error()));
		}
		return health.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("airegistry.search.reduced", this, observations -> observations.snapshot().reachable() ? 0 : 1)
			.description("1 while the search index is unreachable and searches answer from the database")
			.register(registry);
		Gauge
			.builder("airegistry.search.documents", this,
					observations -> observations.snapshot().reachable() ? observations.snapshot().indexDocuments()
							: Double.NaN)
			.tag("store", "index")
			.description("Documents in the search index (read alias)")
			.register(registry);
		Gauge.builder("airegistry.search.documents", this, observations -> observations.snapshot().databaseEntries())
			.tag("store", "database")
			.description("Public entries in the database")
			.register(registry);
	}

}
