package org.airegistry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo's H2 database keeps accepting writes after the connection that migrated it is
 * closed. H2 2.4.240 evaluated a {@code CHECK (… IN (…))} constraint with the session
 * that created it: once the pool retired that connection (ten idle minutes after the
 * start), every Save draft on the running demo failed with "Check constraint invalid" and
 * nothing was saved (issue 21 walk; h2database#4302, #4308).
 */
class H2DemoDatabaseTest {

	@Test
	@DisplayName("Issue 21: a draft saves on the demo database after the migrating connection has closed")
	void writesAfterTheMigratingConnectionClosed() throws SQLException {
		String url = "jdbc:h2:mem:demo-" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		// Flyway opens and closes its own connection, as the demo's pool does in time
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.placeholders(Map.of("appRole", ""))
			.load()
			.migrate();
		UUID organisation = UUID.randomUUID();
		UUID entry = UUID.randomUUID();
		try (Connection db = DriverManager.getConnection(url, "sa", "")) {
			execute(db,
					"INSERT INTO organisation (organisation_id, legal_name, country, roles, established_in_eu, "
							+ "status, created_at) VALUES (?, 'Demo Provider', 'DE', 'PROVIDER', TRUE, 'ACTIVE', ?)",
					organisation, OffsetDateTime.now());
			execute(db,
					"INSERT INTO ai_system (ai_system_id, registration_number, organisation_id, draft_data, "
							+ "draft_trade_name, draft_changed, published_version, lock_version, created_at, "
							+ "updated_at, visibility) "
							+ "VALUES (?, 'AIR-000001', ?, '{}', 'Name', FALSE, 1, 1, ?, ?, 'PUBLIC')",
					entry, organisation, OffsetDateTime.now(), OffsetDateTime.now());
			int saved = execute(db, "UPDATE ai_system SET draft_data = '{\"a\":1}', draft_changed = TRUE, "
					+ "lock_version = lock_version + 1 WHERE ai_system_id = ?", entry);
			assertThat(saved).isEqualTo(1);
		}
	}

	static int execute(Connection db, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			return statement.executeUpdate();
		}
	}

}
