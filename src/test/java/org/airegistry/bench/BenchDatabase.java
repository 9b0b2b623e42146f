package org.airegistry.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The benchmark's PostgreSQL 18 (the production database), with its data kept in
 * {@code target/bench-data/postgres} between runs: generating 100 000 entries through the
 * services takes long, so a later run only adds what is missing and measures again.
 * Delete the folder (or {@code ./mvnw clean}) to start from nothing.
 */
public class BenchDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Where the data is kept: {@code -Dbench.data=…}, else under {@code target}. */
	static final Path DATA = Path.of(System.getProperty("bench.data", "target/bench-data/postgres"));

	private static EmbeddedPostgres server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("bench-postgres", Map.of("spring.datasource.url", jdbcUrl(),
					"spring.datasource.username", "postgres", "spring.datasource.password", "postgres")));
	}

	private static synchronized String jdbcUrl() {
		if (server == null) {
			try {
				Files.createDirectories(DATA);
				server = EmbeddedPostgres.builder()
					.setDataDirectory(DATA)
					.setCleanDataDirectory(false)
					.setServerConfig("shared_buffers", "256MB")
					// generation only writes faster (no wait for the disk on commit);
					// reads,
					// and so the reindex and the search measurements, are unaffected
					.setServerConfig("synchronous_commit", "off")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the benchmark's PostgreSQL in " + DATA, ex);
			}
			dropLeftOverEvents(server);
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// the JVM is ending
				}
			}, "bench-postgres-stop"));
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * An interrupted earlier run can leave thousands of unfinished outbox events (index
	 * this entry); re-published on start they would index during the measurements. Each
	 * run builds its index by a full reindex from the database, so they are dropped.
	 */
	private static void dropLeftOverEvents(EmbeddedPostgres server) {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet table = statement.executeQuery("SELECT to_regclass('public.event_publication')")) {
				if (!table.next() || table.getString(1) == null) {
					return;
				}
			}
			int dropped = statement.executeUpdate("DELETE FROM event_publication");
			System.out.printf("bench: dropped %,d outbox events left by an earlier run%n", dropped);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not clear the benchmark database's outbox", ex);
		}
	}

}
