package org.airegistry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.EntryCreated;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's tamper evidence on PostgreSQL: the hash chain notices a changed row,
 * and the application's own database role cannot change or remove rows at all.
 */
@PostgresTest
class AuditChainIT {

	@Autowired
	TestData testData;

	@Autowired
	AuditIntegrity integrity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditBatch batch;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Environment environment;

	TestUser regulator() {
		return testData.user(Role.REGULATOR, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE);
	}

	@Test
	@DisplayName("The chain holds over every recorded row; a row changed behind the application's back breaks it there")
	void tamperingIsDetected() {
		TestUser provider = testData.provider();
		testData.publish(provider, TestData.sample("Chained Entry"));
		TestUser regulator = regulator();
		AuditIntegrity.Checked intact = testData.as(regulator, integrity::verify);
		assertThat(intact.report().intact()).isTrue();
		assertThat(intact.report().verified()).isPositive();
		assertThat(testData.as(regulator, integrity::lastCheck)).isEqualTo(intact);

		Long position = jdbc.queryForObject(
				"SELECT chain_position FROM audit_event WHERE action = 'entry.published' AND actor_name = ?",
				Long.class, provider.email());
		String original = jdbc.queryForObject("SELECT after_value FROM audit_event WHERE chain_position = ?",
				String.class, position);
		// only a superuser who disables the trigger can do this; the chain still notices
		jdbc.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
		try {
			jdbc.update("UPDATE audit_event SET after_value = 'version 99' WHERE chain_position = ?", position);
			AuditIntegrity.Checked broken = testData.as(regulator, integrity::verify);
			assertThat(broken.report().intact()).isFalse();
			assertThat(broken.report().brokenAt()).isEqualTo(position);
		}
		finally {
			jdbc.update("UPDATE audit_event SET after_value = ? WHERE chain_position = ?", original, position);
			jdbc.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete");
		}
		assertThat(testData.as(regulator, integrity::verify).report().intact()).isTrue();
	}

	@Test
	@DisplayName("Events recorded in one batch (DD089) leave the rows and the chain that recording each of them leaves")
	void batchRecordsAsOneByOne() {
		TestUser provider = testData.provider();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<AiSystemId> published = List.of(AiSystemId.random(), AiSystemId.random());
		List<AiSystemId> batched = List.of(AiSystemId.random(), AiSystemId.random());
		testData.as(provider, () -> transaction.execute(status -> {
			published.forEach(id -> events.publishEvent(new EntryCreated(id)));
			return null;
		}));
		testData.as(provider, () -> transaction.execute(status -> {
			batch.recordAll(batched.stream().map(EntryCreated::new).toList());
			return null;
		}));
		assertThat(rows(batched)).hasSize(2).isEqualTo(rows(published));
		List<Long> positions = jdbc.queryForList(
				"SELECT chain_position FROM audit_event WHERE subject_id IN (?, ?)" + " ORDER BY chain_position",
				Long.class, batched.get(0).toString(), batched.get(1).toString());
		assertThat(positions.get(1)).isEqualTo(positions.get(0) + 1);
		assertThat(testData.as(regulator(), integrity::verify).report().intact()).isTrue();
		// outside a transaction the head would be locked by nobody
		assertThatThrownBy(() -> testData.as(provider, () -> {
			batch.recordAll(List.of(new EntryCreated(AiSystemId.random())));
			return null;
		})).isInstanceOf(IllegalTransactionStateException.class);
	}

	/** The audit rows of entries, in order, without their subject ids and times. */
	private List<String> rows(List<AiSystemId> ids) {
		return jdbc.query("SELECT action, actor_user_id, actor_name, organisation_id, subject_type, legal_reference,"
				+ " before_value, after_value FROM audit_event WHERE subject_id IN (?, ?) ORDER BY chain_position",
				(row, n) -> String.join("|", row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5), String.valueOf(row.getString(6)), String.valueOf(row.getString(7)),
						String.valueOf(row.getString(8))),
				ids.get(0).toString(), ids.get(1).toString());
	}

	@Test
	@DisplayName("Only regulators and administrators run the check")
	void onlyRegulators() {
		assertThatThrownBy(() -> testData.as(testData.provider(), integrity::verify))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("The application's role may only read and insert audit rows; other tables stay writable (afterMigrate.sql)")
	void applicationRoleCannotChangeTheTrail() throws Exception {
		jdbc.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'airegistry_app_test') THEN "
				+ "CREATE ROLE airegistry_app_test LOGIN PASSWORD 'app-test'; END IF; END $$");
		String grants = new ClassPathResource("db/migration/postgresql/afterMigrate.sql")
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("${appRole}", "airegistry_app_test");
		jdbc.execute(grants);
		// the context's URL names the superuser as a parameter, which would win over ours
		String url = environment.getRequiredProperty("spring.datasource.url").replaceFirst("\\?.*$", "");
		try (Connection app = DriverManager.getConnection(url, "airegistry_app_test", "app-test");
				Statement statement = app.createStatement()) {
			assertThat(statement.executeQuery("SELECT current_user").next()).isTrue();
			assertThat(statement.executeQuery("SELECT count(*) FROM audit_event").next()).isTrue();
			statement.executeUpdate("INSERT INTO audit_event (occurred_at, action, subject_type) "
					+ "VALUES (now(), 'test.inserted', 'test')");
			for (String forbidden : new String[] { "UPDATE audit_event SET action = 'x' WHERE action = 'test.inserted'",
					"DELETE FROM audit_event WHERE action = 'test.inserted'", "TRUNCATE audit_event" }) {
				assertThatThrownBy(() -> statement.executeUpdate(forbidden)).as(forbidden)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("permission denied");
			}
			assertThat(statement.executeUpdate("UPDATE audit_chain_head SET head_id = 1 WHERE head_id = 1"))
				.isEqualTo(1);
		}
		// the row inserted past the chain shows as a row without position: remove it as
		// the
		// owner so the shared database keeps an intact chain for the other tests
		jdbc.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
		jdbc.update("DELETE FROM audit_event WHERE action = 'test.inserted'");
		jdbc.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete");
	}

}
