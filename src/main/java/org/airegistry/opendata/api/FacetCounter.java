package org.airegistry.opendata.api;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.airegistry.registry.RegistryQueries;
import org.airegistry.shared.MemberState;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts facet values over the latest public versions. Until the search index offers
 * aggregations this reads the database in batches (flat memory) and keeps the answer for
 * a few seconds, so repeated calls stay cheap.
 */
@Component
class FacetCounter {

	private static final int BATCH = 500;

	private final RegistryQueries registry;

	private final Cache<String, Map<MemberState, Long>> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.maximumSize(1)
		.build();

	FacetCounter(RegistryQueries registry) {
		this.registry = registry;
	}

	Map<MemberState, Long> memberStateCounts() {
		return cache.get("memberStates", key -> {
			Map<MemberState, Long> counts = new EnumMap<>(MemberState.class);
			registry.forEachLatest(BATCH, batch -> batch
				.forEach(entry -> entry.data().memberStates().forEach(state -> counts.merge(state, 1L, Long::sum))));
			return Map.copyOf(counts);
		});
	}

}
