package org.airegistry.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Counts events that arrive in floods (anonymous requests refused at unknown or protected
 * paths, throttled logins) and writes one audit row per kind and minute with the count
 * and the most frequent details, instead of one row per event: a scanner cannot bury real
 * events in the append-only trail. At most {@value #MAX_KEYS} kinds are kept per minute
 * (the rest are counted together), and at most {@value #MAX_DETAILS} details per kind.
 */
class AuditAggregator {

	static final int MAX_KEYS = 100;

	static final int MAX_DETAILS = 50;

	record Key(String action, String subjectType, @Nullable String subjectId) {
	}

	static final class Tally {

		final AtomicLong count = new AtomicLong();

		final Map<String, AtomicLong> details = new ConcurrentHashMap<>();

		final Instant first;

		Tally(Instant first) {
			this.first = first;
		}

	}

	interface Writer {

		void write(Key key, String summary, Instant at);

	}

	private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();

	private final Writer writer;

	private final Clock clock;

	AuditAggregator(Writer writer, Clock clock) {
		this.writer = writer;
		this.clock = clock;
	}

	void count(Key key, @Nullable String detail) {
		Key counted = tallies.containsKey(key) || tallies.size() < MAX_KEYS ? key
				: new Key(key.action(), key.subjectType(), "other");
		Tally tally = tallies.computeIfAbsent(counted, ignored -> new Tally(clock.instant()));
		tally.count.incrementAndGet();
		if (detail != null) {
			String clipped = detail.length() > 120 ? detail.substring(0, 119) + "…" : detail;
			if (tally.details.containsKey(clipped) || tally.details.size() < MAX_DETAILS) {
				tally.details.computeIfAbsent(clipped, ignored -> new AtomicLong()).incrementAndGet();
			}
			else {
				tally.details.computeIfAbsent("(other)", ignored -> new AtomicLong()).incrementAndGet();
			}
		}
	}

	void flush() {
		for (Key key : Map.copyOf(tallies).keySet()) {
			Tally tally = tallies.remove(key);
			if (tally == null) {
				continue;
			}
			String top = tally.details.entrySet()
				.stream()
				.sorted(Map.Entry.<String, AtomicLong>comparingByValue(Comparator.comparingLong(AtomicLong::get))
					.reversed())
				.limit(10)
				.map(entry -> entry.getKey() + " (" + entry.getValue().get() + ")")
				.collect(Collectors.joining(", "));
			String summary = tally.count.get() + " since " + tally.first + (top.isEmpty() ? "" : ": " + top);
			writer.write(key, summary, clock.instant());
		}
	}

}
