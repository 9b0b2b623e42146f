package org.airegistry.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * A fresh PostgreSQL 18 database for testing a data migration: migrate to the version
 * before it, write data in the old shape with plain JDBC, migrate on, read what the rows
 * hold.
 */
public final class MigrationDatabase {

	private final String url;

	private MigrationDatabase(String url) {
		this.url = url;
	}

	/** A new, empty database on the shared embedded server. */
	public static MigrationDatabase create(String name) {
		return new MigrationDatabase(PostgresDatabase.jdbcUrl(name + "_" + Long.toString(System.nanoTime(), 36)));
	}

	/**
	 * Flyway up to {@code target}, as the application migrates without a role of its own
	 * (application.properties, DD041: one role for the tables and the application,
	 * afterMigrate.sql grants nothing).
	 */
	public Flyway flyway(String target) {
		return Flyway.configure()
			.dataSource(url, "postgres", "postgres")
			.locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
			.placeholders(Map.of("appRole", ""))
			.target(target)
			.load();
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, "postgres", "postgres");
	}

	/** One statement with its values bound in order. */
	public static void execute(Connection db, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.executeUpdate();
		}
	}

}
