package org.airegistry.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * The registry's rate limits (token buckets of Bucket4j), shared by every application
 * instance: on PostgreSQL the buckets live in the table {@code rate_limit_bucket} and
 * each consumption locks its row ({@code SELECT … FOR UPDATE}), so two instances — or two
 * parallel requests — can never both take the last token. On H2 (the single-instance demo
 * run) they live in this instance's memory. A bucket is named by its key, e.g.
 * {@code login.account:someone@example.org}; its limits come with each call, so callers
 * own their numbers.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private final @Nullable ProxyManager<String> shared;

	private final @Nullable PostgreSQLSelectForUpdateBasedProxyManager<String> cleaner;

	private final Cache<String, Bucket> local = Caffeine.newBuilder()
		.maximumSize(200_000)
		.expireAfterAccess(Duration.ofDays(1))
		.build();

	RateLimits(DataSource dataSource) {
		if (isPostgreSql(dataSource)) {
			this.cleaner = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("rate_limit_bucket")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.expirationAfterWrite(
						ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
				.build();
			this.shared = cleaner;
		}
		else {
			this.cleaner = null;
			this.shared = null;
		}
	}

	private RateLimits() {
		this.cleaner = null;
		this.shared = null;
	}

	/** Buckets in this instance's memory only (unit tests). */
	static RateLimits inMemory() {
		return new RateLimits();
	}

	/** Whether the buckets are shared through the database (PostgreSQL). */
	public boolean isShared() {
		return shared != null;
	}

	/**
	 * Takes one token from the bucket, creating it with the limits on first use.
	 * @return the probe: consumed or not, remaining tokens, nanoseconds until a token
	 */
	public ConsumptionProbe tryConsume(String key, BucketConfiguration limits) {
		return bucket(key, limits).tryConsumeAndReturnRemaining(1);
	}

	/** Whether a token is there, without taking it. */
	public boolean available(String key, BucketConfiguration limits) {
		return bucket(key, limits).estimateAbilityToConsume(1).canBeConsumed();
	}

	/** Fills the bucket up again (e.g. after a successful login from a known device). */
	public void reset(String key, BucketConfiguration limits) {
		bucket(key, limits).reset();
	}

	private Bucket bucket(String key, BucketConfiguration limits) {
		String id = key.length() > 200 ? key.substring(0, 200) : key;
		if (shared != null) {
			return shared.builder().build(id, () -> limits);
		}
		return local.get(id, ignored -> {
			LocalBucketBuilder builder = Bucket.builder();
			for (Bandwidth bandwidth : limits.getBandwidths()) {
				builder.addLimit(bandwidth);
			}
			return builder.build();
		});
	}

	/** Removes buckets that have been full for a while (they would be created anew). */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void removeExpired() {
		if (cleaner != null) {
			int removed;
			do {
				removed = cleaner.removeExpired(1000);
			}
			while (removed == 1000);
		}
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			log.warn("Cannot tell the database product; rate limits stay in this instance's memory ({})",
					ex.getClass().getSimpleName());
			return false;
		}
	}

}
