package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.airegistry.publication.CanonicalJson;
import org.airegistry.testsupport.MigrationDatabase;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Drafts that still hold the A.3 text the provider typed before mandates (V164) keep it
 * in V166 on PostgreSQL 18 (DD067): written in the shape before the migration, then the
 * migration, then what is kept. Drafts whose A.3 is empty, a mandate statement, or that
 * named a representative through the portal are not kept.
 */
class TypedRepresentativeMigrationIT {

	static MigrationDatabase database;

	static final UUID PROVIDER = UUID.randomUUID();

	static final UUID TYPED = UUID.randomUUID();

	static final UUID TYPED_WITH_QUOTES = UUID.randomUUID();

	static final UUID EMPTY = UUID.randomUUID();

	static final UUID STATEMENT = UUID.randomUUID();

	static final UUID TYPED_THEN_INVITED = UUID.randomUUID();

	static final String TEXT = "EU Rep GmbH, Hauptstraße 1, 10115 Berlin, rep@eurep.example";

	@BeforeAll
	static void migrate() throws SQLException {
		database = MigrationDatabase.create("typed_representative_migration");
		database.flyway("165").migrate();
		try (Connection db = database.connect()) {
			MigrationDatabase.execute(db,
					"INSERT INTO organisation (organisation_id, legal_name, country, roles, established_in_eu, "
							+ "status, created_at) VALUES (?, 'Old Provider', 'US', 'PROVIDER', FALSE, 'ACTIVE', now())",
					PROVIDER);
			draft(db, TYPED, "AIR-000001", TEXT);
			draft(db, TYPED_WITH_QUOTES, "AIR-000002", "Rep \"Quoted\" SA\nRue 2, Bruxelles");
			draft(db, EMPTY, null, "");
			draft(db, STATEMENT, "AIR-000003", AuthorisedRepresentativeText.PENDING);
			draft(db, TYPED_THEN_INVITED, "AIR-000004", "Old typed text");
			MigrationDatabase.execute(db,
					"INSERT INTO representative_mandate (mandate_id, system_id, provider_organisation_id, "
							+ "invited_email, invited_organisation, token_hash, state, invited_by, invited_at, "
							+ "expires_at) VALUES (?, ?, ?, 'rep@eurep.example', 'EU Rep', ?, 'INVITED', ?, now(), "
							+ "now() + INTERVAL '30 days')",
					UUID.randomUUID(), TYPED_THEN_INVITED, PROVIDER, "a".repeat(64), UUID.randomUUID());
		}
		database.flyway("166").migrate();
	}

	static void draft(Connection db, UUID id, String number, String a3) throws SQLException {
		EntryData data = TestData.sample("Typed " + id).withAuthorisedRepresentative(a3);
		MigrationDatabase.execute(db,
				"INSERT INTO ai_system (ai_system_id, registration_number, organisation_id, draft_data, "
						+ "draft_trade_name, draft_changed, published_version, lock_version, created_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, 'Name', TRUE, NULL, 1, now(), now())",
				id, number, PROVIDER, CanonicalJson.write(data));
	}

	static List<UUID> kept() throws SQLException {
		List<UUID> kept = new ArrayList<>();
		try (Connection db = database.connect();
				PreparedStatement statement = db
					.prepareStatement("SELECT ai_system_id FROM typed_authorised_representative ORDER BY kept_at");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				kept.add(rows.getObject(1, UUID.class));
			}
		}
		return kept;
	}

	static String keptDraft(UUID id) throws SQLException {
		try (Connection db = database.connect();
				PreparedStatement statement = db.prepareStatement(
						"SELECT draft_data FROM typed_authorised_representative WHERE ai_system_id = ?")) {
			statement.setObject(1, id);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getString(1);
			}
		}
	}

	@Test
	@DisplayName("Art 22(3), Annex VIII A.3: drafts holding typed A.3 text keep it; empty, statement and invited "
			+ "drafts are not kept")
	void keepsOnlyTypedText() throws SQLException {
		assertThat(kept()).containsExactlyInAnyOrder(TYPED, TYPED_WITH_QUOTES);
	}

	@Test
	@DisplayName("Art 22(3), Annex VIII A.3: the kept draft reads back the typed A.3 text exactly")
	void keptDraftReadsBack() throws SQLException {
		assertThat(CanonicalJson.read(keptDraft(TYPED), EntryData.class).authorisedRepresentative()).isEqualTo(TEXT);
		assertThat(CanonicalJson.read(keptDraft(TYPED_WITH_QUOTES), EntryData.class).authorisedRepresentative())
			.isEqualTo("Rep \"Quoted\" SA\nRue 2, Bruxelles");
	}

}
