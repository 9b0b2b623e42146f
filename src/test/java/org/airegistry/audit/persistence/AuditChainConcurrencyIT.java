package org.airegistry.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.airegistry.audit.ChainReport;
import org.airegistry.testsupport.PostgresTest;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain check while others append: found by the search benchmark, whose eight
 * publishing threads made the daily check report "Audit chain BROKEN" on an intact chain,
 * because a row committed between the check's reading of the head and of the rows.
 */
@PostgresTest
class AuditChainConcurrencyIT {

	@Autowired
	DSLContext dsl;

	@Autowired
	AuditRepository repository;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("A row appended by another transaction while the check runs is not a break")
	void rowAppendedDuringTheCheck() {
		appendCommitted("test.before");
		AtomicBoolean appended = new AtomicBoolean();
		ExecuteListener appendAfterTheHead = new ExecuteListener() {
			@Override
			public void executeEnd(ExecuteContext context) {
				if (context.sql() != null && context.sql().toLowerCase().contains("audit_chain_head")
						&& appended.compareAndSet(false, true)) {
					// another instance publishes: its row and the moved head commit now
					CompletableFuture.runAsync(() -> appendCommitted("test.concurrent")).join();
				}
			}
		};
		AuditRepository checking = new AuditRepository(dsl.configuration().derive(appendAfterTheHead).dsl());

		ChainReport report = checking.verify();

		assertThat(appended).isTrue();
		assertThat(report.brokenAt()).as("broken at").isNull();
		assertThat(report.verified()).isEqualTo(headPosition());
	}

	@Test
	@DisplayName("A head moved back behind the last rows is still a break")
	void headMovedBack() {
		appendCommitted("test.before");
		long head = headPosition();
		jdbc.update("UPDATE audit_chain_head SET chain_position = chain_position - 1 WHERE head_id = 1");
		try {
			ChainReport report = repository.verify();
			assertThat(report.intact()).isFalse();
			assertThat(report.brokenAt()).isEqualTo(head + 1);
		}
		finally {
			jdbc.update("UPDATE audit_chain_head SET chain_position = chain_position + 1 WHERE head_id = 1");
		}
		assertThat(repository.verify().intact()).isTrue();
	}

	void appendCommitted(String action) {
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> repository.append(Instant.now(), action, null, null, null, "test", null, null, null, null));
	}

	long headPosition() {
		return jdbc.queryForObject("SELECT chain_position FROM audit_chain_head WHERE head_id = 1", Long.class);
	}

}
