package org.airegistry.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.airegistry.moderation.InaccuracyReports.FiledReport;
import org.airegistry.registry.EntryData;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Inaccuracy reports on PostgreSQL: filing, scoping, answering, privacy of the reporter.
 */
@PostgresTest
class InaccuracyReportsIT {

	static final String DESCRIPTION = "The listed Member States are out of date since the spring release.";

	@Autowired
	InaccuracyReports reports;

	@Autowired
	TestData testData;

	@Autowired
	DSLContext dsl;

	static String address() {
		return "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
	}

	@Test
	@DisplayName("A report reaches the entry's provider only; the private link shows exactly that report and its answer")
	void fileAnswerFollow() {
		TestUser provider = testData.provider();
		TestUser other = testData.provider();
		String number = testData.publish(provider, TestData.sample("Reported System"));
		FiledReport filed = reports.file(number, "A10", DESCRIPTION, null, address(), "en");

		assertThat(testData.as(provider, reports::forMyEntries)).extracting(InaccuracyReport::reference)
			.containsExactly(filed.reference());
		assertThat(testData.as(other, reports::forMyEntries)).isEmpty();
		assertThatThrownBy(() -> testData.run(other,
				() -> reports.respond(filed.reference(), ReportStatus.ANSWERED, "Not our problem at all.")))
			.isInstanceOf(NotFoundException.class);

		testData.run(provider,
				() -> reports.respond(filed.reference(), ReportStatus.CORRECTED, "Member States updated in v2."));
		InaccuracyReport seen = reports.byToken(filed.token()).orElseThrow();
		assertThat(seen.reference()).isEqualTo(filed.reference());
		assertThat(seen.status()).isEqualTo(ReportStatus.CORRECTED);
		assertThat(seen.response()).isEqualTo("Member States updated in v2.");
		assertThat(reports.byToken(filed.token() + "x")).isEmpty();
		assertThatThrownBy(() -> testData.run(provider,
				() -> reports.respond(filed.reference(), ReportStatus.ANSWERED, "A second answer, refused.")))
			.isInstanceOf(ActionRefusedException.class);
	}

	@Test
	@DisplayName("Art 49(4): entries of the non-public section cannot be reported publicly (they do not exist there)")
	void restrictedEntriesAreNotReportable() {
		EntryData restricted = TestData.sample("Restricted Reported")
			.withAnnexIIIPoint(AnnexIIIPoint.P7A, false)
			.minimisedForRestrictedSection();
		String number = testData.publish(testData.provider(), restricted);
		assertThatThrownBy(() -> reports.file(number, null, DESCRIPTION, null, address(), "en"))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("Bad input is refused field by field; a flood from one address is stopped")
	void validationAndRateLimit() {
		String number = testData.publish(testData.provider(), TestData.sample("Validated Report"));
		assertThatThrownBy(() -> reports.file(number, "A99", "too short", "not-an-email", address(), "en"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					problems -> assertThat(problems.errors()).extracting(error -> error.field())
						.containsExactlyInAnyOrder("description", "concernedField", "email"));
		String flooding = address();
		for (int i = 0; i < InaccuracyReports.REPORTS_PER_ADDRESS_PER_HOUR; i++) {
			reports.file(number, null, DESCRIPTION, null, flooding, "en");
		}
		assertThatThrownBy(() -> reports.file(number, null, DESCRIPTION, null, flooding, "en")).isInstanceOfSatisfying(
				ActionRefusedException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("report.error.tooMany"));
	}

	@Test
	@DisplayName("The reporter's email gets the private link and the outcome, and never reaches the audit trail or the provider")
	void reporterEmailStaysPrivate() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Mailed Report"));
		String email = "reporter-" + UUID.randomUUID() + "@example.net";
		FiledReport filed = reports.file(number, null, DESCRIPTION, email, address(), "de");

		TestMailServer.Mail first = TestMailServer.awaitMail(email, 1);
		assertThat(first.subject()).contains(filed.reference());
		assertThat(first.link("reports/")).endsWith("/reports/status?token=" + filed.token());

		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE);
		testData.run(regulator, () -> reports.dismiss(filed.reference(), "Nothing wrong with the entry."));
		assertThat(TestMailServer.awaitMail(email, 2).body()).contains("Von der Behörde zurückgewiesen");

		assertThat(testData.as(provider, reports::forMyEntries).toString()).doesNotContain(email);
		assertThat(dsl.fetchCount(DSL.table("audit_event"), DSL.field(
				"concat(coalesce(actor_name, ''), coalesce(subject_id, ''), coalesce(before_value, ''), coalesce(after_value, ''))",
				String.class)
			.contains(email))).isZero();
		assertThat(dsl.fetchCount(DSL.table("audit_event"),
				DSL.field("action").eq("report.dismissed").and(DSL.field("subject_id").eq(number))))
			.isEqualTo(1);
	}

}
