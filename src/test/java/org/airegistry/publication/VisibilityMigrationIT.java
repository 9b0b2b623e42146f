package org.airegistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.airegistry.registry.EntryData;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.testsupport.MigrationDatabase;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Existing data migrates to visibility per version (V100, V101) on PostgreSQL 18: data
 * written in the shape before the migration, then the migration, then what each version
 * and record holds.
 */
class VisibilityMigrationIT {

	static MigrationDatabase database;

	static final UUID PROVIDER = UUID.randomUUID();

	static final UUID PUBLIC_ENTRY = UUID.randomUUID();

	static final UUID RESTRICTED_NOW = UUID.randomUUID();

	static final UUID WAS_RESTRICTED = UUID.randomUUID();

	static final UUID SUSPENDED = UUID.randomUUID();

	static final UUID POINT1_ALWAYS = UUID.randomUUID();

	static final UUID DRAFT = UUID.randomUUID();

	static final UUID USE_OF_PUBLIC = UUID.randomUUID();

	static final UUID USE_OF_RESTRICTED_NOW = UUID.randomUUID();

	static final UUID RESTRICTED_USE = UUID.randomUUID();

	static final UUID MODEL = UUID.randomUUID();

	@BeforeAll
	static void migrate() throws SQLException {
		database = MigrationDatabase.create("visibility_migration");
		database.flyway("063").migrate();
		try (Connection db = database.connect()) {
			MigrationDatabase.execute(db,
					"INSERT INTO organisation (organisation_id, legal_name, country, roles, established_in_eu, "
							+ "status, created_at) VALUES (?, 'Old Provider', 'DE', 'PROVIDER', TRUE, 'ACTIVE', now())",
					PROVIDER);
			EntryData open = TestData.sample("Open");
			EntryData restricted = open.withAnnexIIIPoint(AnnexIIIPoint.P6D, false).minimisedForRestrictedSection();
			EntryData point1 = open.withAnnexIIIPoint(AnnexIIIPoint.P1A, false);
			entry(db, PUBLIC_ENTRY, "AIR-000001", false, false, open, open);
			entry(db, RESTRICTED_NOW, "AIR-000002", true, false, open, restricted);
			// versions 1 restricted, 2 public: the leak of issue 13 (2)
			entry(db, WAS_RESTRICTED, "AIR-000003", false, false, restricted, open);
			entry(db, SUSPENDED, "AIR-000004", false, true, open);
			// published under the point-1 policy ALWAYS: restricted now
			entry(db, POINT1_ALWAYS, "AIR-000005", true, false, point1);
			MigrationDatabase.execute(db,
					"INSERT INTO ai_system (ai_system_id, registration_number, organisation_id, draft_data, "
							+ "draft_trade_name, draft_changed, lock_version, created_at, updated_at) "
							+ "VALUES (?, 'AIR-000006', ?, '{}', 'Draft', TRUE, 0, now(), now())",
					DRAFT, PROVIDER);
			// deployer registrations: flagged public while the entry was public
			deployment(db, USE_OF_PUBLIC, "AIR-000001", false);
			// flagged public at its start; the entry is restricted now (issue 13 (3))
			deployment(db, USE_OF_RESTRICTED_NOW, "AIR-000002", false);
			deployment(db, RESTRICTED_USE, "AIR-000005", true);
			MigrationDatabase.execute(db,
					"INSERT INTO gpai_model (gpai_model_id, organisation_id, draft_data, draft_name, draft_changed, "
							+ "published_version, lock_version, created_at, updated_at) "
							+ "VALUES (?, ?, '{}', 'Model', FALSE, 1, 1, now(), now())",
					MODEL, PROVIDER);
			MigrationDatabase.execute(db,
					"INSERT INTO gpai_model_version (gpai_model_id, version_number, data, name, provider_name, "
							+ "systemic_risk, content_sha256, published_at, published_by) "
							+ "VALUES (?, 1, '{}', 'Model', 'Old Provider', FALSE, ?, now(), ?)",
					MODEL, "0".repeat(64), UUID.randomUUID());
		}
		database.flyway("101").migrate();
	}

	static void deployment(Connection db, UUID id, String number, boolean restricted) throws SQLException {
		MigrationDatabase.execute(db,
				"INSERT INTO deployment (deployment_id, organisation_id, provider_registration_number, restricted, "
						+ "draft_data, draft_changed, published_version, lock_version, created_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, '{}', FALSE, 1, 1, now(), now())",
				id, PROVIDER, number, restricted);
		MigrationDatabase.execute(db,
				"INSERT INTO deployment_version (deployment_id, version_number, data, content_sha256, published_at, "
						+ "published_by) VALUES (?, 1, '{}', ?, now(), ?)",
				id, "0".repeat(64), UUID.randomUUID());
	}

	static String column(String table, String idColumn, UUID id, String column) throws SQLException {
		try (Connection db = database.connect();
				PreparedStatement statement = db
					.prepareStatement("SELECT " + column + " FROM " + table + " WHERE " + idColumn + " = ?")) {
			statement.setObject(1, id);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getString(1);
			}
		}
	}

	static void entry(Connection db, UUID id, String number, boolean restricted, boolean suspended,
			EntryData... versions) throws SQLException {
		MigrationDatabase.execute(db,
				"INSERT INTO ai_system (ai_system_id, registration_number, organisation_id, draft_data, "
						+ "draft_trade_name, draft_changed, published_version, lock_version, created_at, updated_at, "
						+ "restricted, suspended) VALUES (?, ?, ?, ?, 'Name', FALSE, ?, 1, now(), now(), ?, ?)",
				id, number, PROVIDER, CanonicalJson.write(versions[versions.length - 1]), versions.length, restricted,
				suspended);
		for (int i = 0; i < versions.length; i++) {
			String json = CanonicalJson.write(versions[i]);
			MigrationDatabase.execute(db,
					"INSERT INTO ai_system_version (ai_system_id, version_number, data, trade_name, search_text, "
							+ "content_sha256, published_at, published_by) VALUES (?, ?, ?, 'Name', 'name', ?, ?, ?)",
					id, i + 1, json, CanonicalJson.sha256(json), OffsetDateTime.now(), UUID.randomUUID());
		}
	}

	static Map<Integer, String> versionVisibility(UUID id) throws SQLException {
		Map<Integer, String> visibility = new HashMap<>();
		try (Connection db = database.connect();
				PreparedStatement statement = db.prepareStatement(
						"SELECT version_number, visibility FROM ai_system_version WHERE ai_system_id = ?")) {
			statement.setObject(1, id);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					visibility.put(rows.getInt(1), rows.getString(2));
				}
			}
		}
		return visibility;
	}

	static String recordColumn(UUID id, String column) throws SQLException {
		try (Connection db = database.connect();
				PreparedStatement statement = db
					.prepareStatement("SELECT " + column + " FROM ai_system WHERE ai_system_id = ?")) {
			statement.setObject(1, id);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getString(1);
			}
		}
	}

	@Test
	@DisplayName("Art 49(4): each existing version gets the section of its own content; the entry that of its latest")
	void versionsGetTheirOwnSection() throws SQLException {
		assertThat(versionVisibility(PUBLIC_ENTRY))
			.containsExactlyInAnyOrderEntriesOf(Map.of(1, "PUBLIC", 2, "PUBLIC"));
		assertThat(recordColumn(PUBLIC_ENTRY, "visibility")).isEqualTo("PUBLIC");
		assertThat(versionVisibility(RESTRICTED_NOW))
			.containsExactlyInAnyOrderEntriesOf(Map.of(1, "PUBLIC", 2, "RESTRICTED"));
		assertThat(recordColumn(RESTRICTED_NOW, "visibility")).isEqualTo("RESTRICTED");
	}

	@Test
	@DisplayName("Art 49(4): an entry that moved to the public section keeps its earlier restricted versions restricted")
	void earlierRestrictedVersionsStayRestricted() throws SQLException {
		assertThat(versionVisibility(WAS_RESTRICTED))
			.containsExactlyInAnyOrderEntriesOf(Map.of(1, "RESTRICTED", 2, "PUBLIC"));
		assertThat(recordColumn(WAS_RESTRICTED, "visibility")).isEqualTo("PUBLIC");
	}

	@Test
	@DisplayName("Art 49(4): point-1 versions of an entry in the non-public section stay restricted (stricter policy)")
	void point1UnderStricterPolicy() throws SQLException {
		assertThat(versionVisibility(POINT1_ALWAYS)).containsExactlyInAnyOrderEntriesOf(Map.of(1, "RESTRICTED"));
		assertThat(recordColumn(POINT1_ALWAYS, "visibility")).isEqualTo("RESTRICTED");
	}

	@Test
	@DisplayName("Art 74/79: a suspension becomes a hold on the record")
	void suspensionBecomesHold() throws SQLException {
		assertThat(recordColumn(SUSPENDED, "public_hold")).isEqualTo("SUSPENDED");
		assertThat(recordColumn(PUBLIC_ENTRY, "public_hold")).isNull();
	}

	@Test
	@DisplayName("A draft never published gives its registration number back; published entries keep theirs")
	void draftsLoseTheirNumbers() throws SQLException {
		assertThat(recordColumn(DRAFT, "registration_number")).isNull();
		assertThat(recordColumn(DRAFT, "visibility")).isNull();
		assertThat(recordColumn(PUBLIC_ENTRY, "registration_number")).isEqualTo("AIR-000001");
	}

	@Test
	@DisplayName("Art 49(4): a registration is in the section of its entry now; its versions are public only if it is")
	void registrationsFollowTheirEntries() throws SQLException {
		assertThat(column("deployment", "deployment_id", USE_OF_PUBLIC, "visibility")).isEqualTo("PUBLIC");
		assertThat(column("deployment_version", "deployment_id", USE_OF_PUBLIC, "visibility")).isEqualTo("PUBLIC");
		assertThat(column("deployment", "deployment_id", USE_OF_RESTRICTED_NOW, "visibility")).isEqualTo("RESTRICTED");
		assertThat(column("deployment_version", "deployment_id", USE_OF_RESTRICTED_NOW, "visibility"))
			.isEqualTo("RESTRICTED");
		assertThat(column("deployment", "deployment_id", RESTRICTED_USE, "visibility")).isEqualTo("RESTRICTED");
		assertThat(column("deployment_version", "deployment_id", RESTRICTED_USE, "visibility")).isEqualTo("RESTRICTED");
	}

	@Test
	@DisplayName("Art 53(1)(d): GPAI model pages are public")
	void modelsArePublic() throws SQLException {
		assertThat(column("gpai_model", "gpai_model_id", MODEL, "visibility")).isEqualTo("PUBLIC");
		assertThat(column("gpai_model_version", "gpai_model_id", MODEL, "visibility")).isEqualTo("PUBLIC");
	}

	@Test
	@DisplayName("The migration's patterns match the canonical JSON the registry writes")
	void patternsMatchCanonicalJson() {
		assertThat(CanonicalJson.write(TestData.sample("Open").withAnnexIIIPoint(AnnexIIIPoint.P1B, true)))
			.contains("\"annexIIIPoint\":\"P1B\"")
			.contains("\"lawEnforcementOrMigrationUse\":true");
	}

}
