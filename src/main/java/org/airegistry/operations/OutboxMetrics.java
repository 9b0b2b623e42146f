package org.airegistry.operations;

import java.time.Clock;
import java.time.Duration;

import org.airegistry.operations.persistence.OutboxRepository;
import org.airegistry.operations.persistence.OutboxRepository.Backlog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The outbox from the database to the search index and the other listeners (DD003):
 * {@code airegistry.outbox.backlog} (incomplete publications) and
 * {@code airegistry.outbox.oldest.age} (seconds since the oldest of them was published; 0
 * when none). A backlog that does not shrink while its age grows is a stuck outbox (alert
 * {@code OutboxStuck}). Read at most once per
 * {@code airegistry.metrics.refresh-interval}; every instance reports the same database,
 * so dashboards take the maximum across instances, not the sum.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final LoadingCache<Boolean, Backlog> backlog;

	private final Clock clock;

	OutboxMetrics(OutboxRepository outbox, Clock clock,
			@Value("${airegistry.metrics.refresh-interval:15s}") Duration refresh) {
		this.clock = clock;
		this.backlog = Caffeine.newBuilder().expireAfterWrite(refresh).maximumSize(1).build(key -> outbox.backlog());
	}

	Backlog backlog() {
		return backlog.get(Boolean.TRUE);
	}

	double oldestAgeSeconds() {
		Backlog current = backlog();
		if (current.oldest() == null) {
			return 0;
		}
		return Math.max(0, Duration.between(current.oldest(), clock.instant()).toMillis() / 1000.0);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("airegistry.outbox.backlog", this, metrics -> metrics.backlog().incomplete())
			.description("Event publications not yet completed by their listeners")
			.register(registry);
		TimeGauge
			.builder("airegistry.outbox.oldest.age", this, java.util.concurrent.TimeUnit.SECONDS,
					OutboxMetrics::oldestAgeSeconds)
			.description("Age of the oldest incomplete event publication (0 when none)")
			.register(registry);
	}

}
