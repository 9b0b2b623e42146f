package org.airegistry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.organisation.AccountService;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit record of a typed event belongs to the transaction of the change (DD024): a
 * rolled-back change leaves no record, a committed one exactly one.
 */
@PostgresTest
class AuditedEventTransactionIT {

	@Autowired
	TestData testData;

	@Autowired
	AccountService accounts;

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTransactionManager transactions;

	int records(String action, String subjectId) {
		return dsl.fetchCount(DSL.table("audit_event"),
				DSL.field("action").eq(action).and(DSL.field("subject_id").eq(subjectId)));
	}

	int status(TestUser organisation) {
		return dsl.fetchCount(DSL.table("organisation"),
				DSL.field("organisation_id")
					.eq(organisation.organisation().value())
					.and(DSL.field("status").eq("ACTIVE")));
	}

	@Test
	@DisplayName("A rolled-back approval leaves no audit record; the committed approval leaves exactly one")
	void auditRecordFollowsTheTransaction() {
		TestUser pending = testData.pendingProvider();
		TestUser regulator = testData.regulator(MemberState.DE, Competence.RESTRICTED_SECTION);
		String subject = pending.organisation().value().toString();
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		testData.run(regulator, () -> transaction.executeWithoutResult(status -> {
			accounts.approve(pending.organisation());
			status.setRollbackOnly();
		}));
		assertThat(status(pending)).as("the approval was rolled back").isZero();
		assertThat(records("organisation.approved", subject)).as("no audit record of the rolled-back approval")
			.isZero();

		testData.run(regulator,
				() -> transaction.executeWithoutResult(status -> accounts.approve(pending.organisation())));
		assertThat(status(pending)).as("the approval was committed").isOne();
		assertThat(records("organisation.approved", subject)).as("one audit record of the committed approval").isOne();
	}

	@Test
	@DisplayName("A change that fails after its event was published leaves no audit record")
	void failedChangeLeavesNoRecord() {
		TestUser pending = testData.pendingProvider();
		TestUser regulator = testData.regulator(MemberState.DE, Competence.RESTRICTED_SECTION);
		String subject = pending.organisation().value().toString();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		try {
			testData.run(regulator, () -> transaction.executeWithoutResult(status -> {
				accounts.reject(pending.organisation(), "No establishment in the Union");
				throw new IllegalStateException("fails after the event");
			}));
		}
		catch (IllegalStateException expected) {
			// the whole transaction rolls back
		}
		assertThat(records("organisation.rejected", subject)).isZero();
	}

}
