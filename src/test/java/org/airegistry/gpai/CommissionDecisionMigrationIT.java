package org.airegistry.gpai;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.airegistry.testsupport.MigrationDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the English decision summaries already stored migrate to the language-neutral
 * form (V202) on PostgreSQL 18; every other summary stays as it was written.
 */
class CommissionDecisionMigrationIT {

	static MigrationDatabase database;

	static final UUID MODEL = UUID.randomUUID();

	static final List<String> SUMMARIES = List.of(
			"Designated as a general-purpose AI model with systemic risk (Art 51(1)(b), Art 52(4)), decision of 2026-01-31",
			"The Commission accepted the provider's arguments against systemic risk (Art 52(3)), decision of 2026-02-15",
			"The Commission rejected the provider's arguments against systemic risk (Art 52(3)), decision of 2026-03-01",
			"Updated the training summary",
			"The Commission rejected the provider's arguments against systemic risk "
					+ "(Art 52(3)), decision of next week",
			"Designated as a general-purpose AI model with systemic risk (Art 51(1)(b), Art 52(4)), decision of "
					+ "2026-01-31 and more");

	@BeforeAll
	static void migrate() throws SQLException {
		database = MigrationDatabase.create("decision_migration");
		database.flyway("201").migrate();
		UUID provider = UUID.randomUUID();
		try (Connection db = database.connect()) {
			MigrationDatabase.execute(db,
					"INSERT INTO organisation (organisation_id, legal_name, country, roles, established_in_eu, "
							+ "status, created_at) VALUES (?, 'Old Provider', 'DE', 'PROVIDER', TRUE, 'ACTIVE', now())",
					provider);
			MigrationDatabase.execute(db,
					"INSERT INTO gpai_model (gpai_model_id, organisation_id, draft_data, draft_name, draft_changed, "
							+ "published_version, lock_version, created_at, updated_at, visibility) "
							+ "VALUES (?, ?, '{}', 'Model', FALSE, ?, 1, now(), now(), 'PUBLIC')",
					MODEL, provider, SUMMARIES.size() + 1);
			for (int version = 1; version <= SUMMARIES.size() + 1; version++) {
				MigrationDatabase.execute(db,
						"INSERT INTO gpai_model_version (gpai_model_id, version_number, data, name, provider_name, "
								+ "systemic_risk, change_summary, content_sha256, published_at, published_by) "
								+ "VALUES (?, ?, '{}', 'Model', 'Old Provider', FALSE, ?, ?, now(), ?)",
						MODEL, version, version == 1 ? null : SUMMARIES.get(version - 2), "0".repeat(64),
						UUID.randomUUID());
			}
		}
		database.flyway("202").migrate();
	}

	static Map<Integer, String> summaries() throws SQLException {
		Map<Integer, String> summaries = new HashMap<>();
		try (Connection db = database.connect();
				PreparedStatement statement = db.prepareStatement(
						"SELECT version_number, change_summary FROM gpai_model_version WHERE gpai_model_id = ?")) {
			statement.setObject(1, MODEL);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					summaries.put(rows.getInt(1), rows.getString(2));
				}
			}
		}
		return summaries;
	}

	@Test
	@DisplayName("Art 52(3), 52(4): stored English decisions become decisions without language; other text stays")
	void mapsTheThreeSentences() throws SQLException {
		Map<Integer, String> summaries = summaries();
		assertThat(summaries.get(1)).isNull();
		assertThat(summaries.get(2)).isEqualTo("commission-decision:DESIGNATED:2026-01-31");
		assertThat(summaries.get(3)).isEqualTo("commission-decision:REBUTTAL_ACCEPTED:2026-02-15");
		assertThat(summaries.get(4)).isEqualTo("commission-decision:REBUTTAL_REJECTED:2026-03-01");
		assertThat(summaries.get(5)).as("a provider's summary").isEqualTo(SUMMARIES.get(3));
		assertThat(summaries.get(6)).as("no date").isEqualTo(SUMMARIES.get(4));
		assertThat(summaries.get(7)).as("more after the date").isEqualTo(SUMMARIES.get(5));
		assertThat(CommissionDecision.render(summaries.get(3), Locale.GERMAN)).as("read back in German")
			.isEqualTo("Die Kommission hat die Argumente des Anbieters gegen ein systemisches Risiko akzeptiert "
					+ "(Art. 52 Abs. 3), Beschluss vom 15. Februar 2026");
	}

}
