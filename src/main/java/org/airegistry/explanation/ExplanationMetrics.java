package org.airegistry.explanation;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Art 86 requests for the operators' dashboards: {@code airegistry.explanation.requests}
 * by state and {@code airegistry.explanation.requests.overdue} (open, past the deadline,
 * clock running), computed at most once per {@code airegistry.metrics.refresh-interval}.
 * Counts only: nothing of a requester leaves the module.
 */
@Component
class ExplanationMetrics implements MeterBinder {

	private final LoadingCache<Boolean, ExplanationOversight.Overview> overview;

	ExplanationMetrics(ExplanationFigures figures,
			@Value("${airegistry.metrics.refresh-interval:15s}") Duration refresh) {
		this.overview = Caffeine.newBuilder()
			.expireAfterWrite(refresh)
			.maximumSize(1)
			.build(key -> figures.overview(ExplanationOversight.Filter.ALL));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (RequestState state : RequestState.values()) {
			if (state == RequestState.AWAITING_VERIFICATION) {
				// unverified requests are nobody's yet, and may never be
				continue;
			}
			Gauge
				.builder("airegistry.explanation.requests", overview,
						cache -> cache.get(Boolean.TRUE).perState().getOrDefault(state, 0L))
				.tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
				.description("Verified Art 86 explanation requests by state")
				.register(registry);
		}
		Gauge.builder("airegistry.explanation.requests.overdue", overview, cache -> cache.get(Boolean.TRUE).overdue())
			.description("Open Art 86 requests past their deadline (clock running)")
			.register(registry);
	}

}
