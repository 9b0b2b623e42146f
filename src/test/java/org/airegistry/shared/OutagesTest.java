package org.airegistry.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

class OutagesTest {

	@Test
	@DisplayName("A connection that broke during the work and then failed the rollback is an outage")
	void brokenConnectionAndFailedRollback() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataAccessResourceFailureException("I/O error",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")));
		assertThat(Outages.databaseUnavailable(rollback)).isTrue();
	}

	@Test
	@DisplayName("A failed rollback after a defect stays a defect")
	void failedRollbackAfterADefect() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new IllegalStateException("a bug"));
		assertThat(Outages.databaseUnavailable(rollback)).isFalse();
		assertThat(Outages.databaseUnavailable(new IllegalStateException("a bug"))).isFalse();
	}

}
