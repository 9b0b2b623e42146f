package org.airegistry.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestElasticsearch;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Explanation requests on PostgreSQL with real SMTP (GreenMail) and Elasticsearch: access
 * per organisation and per tracking token, the whole journey with its mails, reminders,
 * escalation, retention, limits, and that the requester's address leaves no trace in the
 * search index, the logs or the database in clear text.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class ExplanationServiceIT {

	@Autowired
	ExplanationService explanations;

	@Autowired
	ExplanationTimers timers;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	TestUser deployerA;

	TestUser deployerB;

	String system;

	@BeforeEach
	void setUp() {
		deployerA = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		deployerB = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		TestUser provider = testData.provider();
		system = testData.publish(provider, testData.sampleEntry("Explained Screener " + unique()));
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	NewExplanationRequest request(TestUser deployer, String email) {
		return new NewExplanationRequest(system, deployer.organisation(), "My application was rejected.",
				LocalDate.of(2026, 1, 5), "REF-77", "I think the ranking discriminated against me.", email, "en");
	}

	/** Files and verifies through the mailed link; returns the tracking token. */
	String fileAndVerify(TestUser deployer, String email) {
		explanations.file(request(deployer, email), "10.0.0." + (email.hashCode() & 0xff));
		String token = TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY);
		return explanations.verify(token).orElseThrow().trackingToken();
	}

	String reference(String tracking) {
		return explanations.track(tracking).orElseThrow().reference();
	}

	@Test
	@DisplayName("Art 86 privacy: deployer A cannot see or answer deployer B's requests")
	void deployersSeeOnlyTheirOwn() {
		String email = "person-" + unique() + "@private.example";
		String reference = reference(fileAndVerify(deployerB, email));

		List<InboxItem> inboxA = testData.as(deployerA, explanations::inbox);
		assertThat(inboxA).extracting(InboxItem::reference).doesNotContain(reference);
		assertThatThrownBy(() -> testData.as(deployerA, () -> explanations.forDeployer(reference)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> testData.run(deployerA,
				() -> explanations.answer(reference, "x".repeat(100), "y".repeat(100), false)))
			.isInstanceOf(NotFoundException.class);
		assertThat(testData.as(deployerB, explanations::inbox)).extracting(InboxItem::reference).contains(reference);
		TestUser provider = testData.provider();
		assertThatThrownBy(() -> testData.as(provider, explanations::inbox)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> testData.as(deployerB, explanations::complaints))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("Art 86: a tracking token shows exactly its own request; unknown tokens show nothing")
	void trackingTokenShowsOneRequest() {
		String first = fileAndVerify(deployerA, "first-" + unique() + "@private.example");
		String second = fileAndVerify(deployerA, "second-" + unique() + "@private.example");
		ExplanationRequest one = explanations.track(first).orElseThrow();
		ExplanationRequest two = explanations.track(second).orElseThrow();
		assertThat(one.reference()).isNotEqualTo(two.reference());
		assertThat(one.id()).isNotEqualTo(two.id());
		assertThat(explanations.track(first + "x")).isEmpty();
		assertThat(explanations.track("")).isEmpty();
		Integer matches = jdbc.queryForObject(
				"SELECT count(*) FROM explanation_request WHERE tracking_token_hash IS NOT NULL AND tracking_token_hash = ?",
				Integer.class, Tokens.hash(first));
		assertThat(matches).isEqualTo(1);
	}

	@Test
	@DisplayName("Art 86: nothing reaches the deployer before the address is verified; a verification link works once")
	void verificationFirst() {
		String email = "unverified-" + unique() + "@private.example";
		String reference = explanations.file(request(deployerA, email), "10.1.1.1");
		assertThat(testData.as(deployerA, explanations::inbox)).extracting(InboxItem::reference)
			.doesNotContain(reference);
		String token = TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY);
		assertThat(explanations.verify(token)).isPresent();
		assertThat(explanations.verify(token)).isEmpty();
		assertThat(testData.as(deployerA, explanations::inbox)).extracting(InboxItem::reference).contains(reference);
	}

	@Test
	@DisplayName("Art 86 privacy: after a full journey the requester's address is in no index, no log line and no clear-text column")
	void fullJourneyLeavesNoTrace(CapturedOutput output) throws Exception {
		String email = "trace-" + unique() + "@private.example";
		String tracking = fileAndVerify(deployerA, email);
		String reference = reference(tracking);
		TestMailServer.Mail submitted = TestMailServer.awaitMail(email, 2);
		assertThat(submitted.subject()).contains(reference);
		assertThat(submitted.body()).contains(ExplanationRoutes.TRACK + "?token=" + tracking);

		testData.run(deployerA, () -> {
			explanations.acknowledge(reference);
			explanations.requestInformation(reference, "Which branch did you apply to?");
		});
		assertThat(TestMailServer.awaitMail(email, 3).subject()).contains("needs information");
		assertThat(explanations.track(tracking).orElseThrow().deadline().clockStopped()).isTrue();
		explanations.provideInformation(tracking, "The Berlin branch.");
		testData.run(deployerA,
				() -> explanations.answer(reference,
						"The system ranked the applications; a recruiter read only the top 20.",
						"Your application ranked 45th because of missing certificates.", false));
		TestMailServer.Mail responded = TestMailServer.awaitMail(email, 4);
		assertThat(responded.subject()).isEqualTo("The deployer has responded to request " + reference);

		ExplanationRequest seen = explanations.track(tracking).orElseThrow();
		assertThat(seen.state()).isEqualTo(RequestState.ANSWERED);
		assertThat(seen.thread()).extracting(ThreadMessage::kind)
			.containsExactly("ACKNOWLEDGED", "INFORMATION_REQUEST", "INFORMATION", "ANSWER");
		assertThat(seen.thread().getLast().secondBody()).contains("ranked 45th");

		// the search index: every document of every index, as raw JSON
		HttpClient http = HttpClient.newHttpClient();
		http.send(HttpRequest.newBuilder(URI.create(TestElasticsearch.uri() + "/_refresh"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		String everything = http
			.send(HttpRequest.newBuilder(URI.create(TestElasticsearch.uri() + "/_all/_search?size=10000")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(everything).contains("\"hits\"").doesNotContain(email).doesNotContain("Berlin branch");
		// the application's log; GreenMail (the test's SMTP server, not the application)
		// logs the
		// mailboxes it creates, whatever level another test context left its logger at
		String applicationLog = output.getAll()
			.lines()
			.filter(line -> !line.contains("c.icegreen.greenmail"))
			.collect(java.util.stream.Collectors.joining("\n"));
		assertThat(applicationLog).doesNotContain(email).doesNotContain("Berlin branch");
		// the database holds it only encrypted
		List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM explanation_request WHERE reference = ?",
				reference);
		assertThat(rows.toString()).doesNotContain(email).doesNotContain("rejected");
		assertThat(jdbc.queryForList("SELECT * FROM explanation_message").toString()).doesNotContain("Berlin branch");
		assertThat(jdbc.queryForList("SELECT * FROM event_publication").toString()).doesNotContain(email);
	}

	@Test
	@DisplayName("Art 86 reminders and Art 85: an overdue request reminds both sides once, is escalated and closed by the authority")
	void overdueEscalatedAndClosed() {
		String email = "overdue-" + unique() + "@private.example";
		String tracking = fileAndVerify(deployerA, email);
		String reference = reference(tracking);
		TestMailServer.awaitMail(email, 2);
		assertThat(explanations.track(tracking).orElseThrow().personActions()).doesNotContain(RequestAction.ESCALATE);

		backdate(reference, 40);
		ExplanationRequest overdue = explanations.track(tracking).orElseThrow();
		assertThat(overdue.overdue()).isTrue();
		assertThat(overdue.longOverdue()).isFalse();
		assertThat(overdue.personActions()).contains(RequestAction.ESCALATE);
		assertThat(timers.remind()).isGreaterThanOrEqualTo(2);
		assertThat(TestMailServer.awaitMail(email, 3).subject())
			.isEqualTo("The deadline of request " + reference + " has passed");
		int before = TestMailServer.mailsTo(email).size();
		timers.remind();
		assertThat(TestMailServer.mailsTo(email)).hasSize(before);
		assertThat(testData.as(deployerA, explanations::inbox)).filteredOn(item -> item.reference().equals(reference))
			.singleElement()
			.satisfies(item -> assertThat(item.overdue()).isTrue());

		assertThatThrownBy(() -> explanations.escalate(tracking, " ")).isInstanceOf(InvalidInputException.class);
		explanations.escalate(tracking, "No answer after 40 days.");
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		assertThat(testData.as(regulator, explanations::complaints)).extracting(InboxItem::reference)
			.contains(reference);
		ExplanationRequest complaint = testData.as(regulator, () -> explanations.complaint(reference));
		assertThat(complaint.thread()).extracting(ThreadMessage::kind).containsExactly("COMPLAINT");
		testData.run(regulator, () -> explanations.closeComplaint(reference, "We ordered the deployer to answer."));
		assertThat(TestMailServer.awaitMail(email, 4).subject()).contains("closed your complaint");
		ExplanationRequest closed = explanations.track(tracking).orElseThrow();
		assertThat(closed.state()).isEqualTo(RequestState.CLOSED);
		assertThat(closed.thread().getLast().body()).isEqualTo("We ordered the deployer to answer.");
	}

	@Test
	@DisplayName("Art 86 extension: once, within the first month, with reasons that the person receives")
	void extension() {
		String email = "extend-" + unique() + "@private.example";
		String tracking = fileAndVerify(deployerA, email);
		String reference = reference(tracking);
		Deadline before = explanations.track(tracking).orElseThrow().deadline();
		assertThatThrownBy(() -> testData.run(deployerA, () -> explanations.extend(reference, 3, "Complex")))
			.isInstanceOf(InvalidInputException.class);
		testData.run(deployerA, () -> explanations.extend(reference, 2, "Many similar requests this month."));
		// two months more, counted from the day of receipt; a period ending on a
		// Saturday, Sunday or holiday ends on the next working day (Regulation 1182/71
		// Art 3(4)): the due day is not simply two months after the old one (on
		// 2026-12-05 that was a Saturday, and the test expected it)
		Deadline after = explanations.track(tracking).orElseThrow().deadline();
		assertThat(after.extension()).isEqualTo(Period.ofMonths(2));
		assertThat(after.calendarDue()).isEqualTo(before.submittedOn().plus(before.responsePeriod().plusMonths(2)))
			.isAfter(before.calendarDue());
		assertThat(after.due()).isBetween(after.calendarDue(), after.calendarDue().plusDays(5));
		assertThat(after.due().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(TestMailServer.awaitMail(email, 3).subject()).contains("extended");
		assertThatThrownBy(() -> testData.run(deployerA, () -> explanations.extend(reference, 1, "Again")))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("Art 86 retention: personal data is deleted after the retention period; statistics remain")
	void retention() {
		String email = "retention-" + unique() + "@private.example";
		String tracking = fileAndVerify(deployerB, email);
		String reference = reference(tracking);
		testData.run(deployerB, () -> explanations.refuse(reference, RefusalGround.ART_86_3_GDPR_ART_22,
				"Your right follows from Art 22 GDPR; we answered under it."));
		jdbc.update("UPDATE explanation_request SET closed_at = ? WHERE reference = ?",
				java.sql.Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), reference);
		assertThat(timers.retain()).isGreaterThanOrEqualTo(1);
		assertThat(explanations.track(tracking)).isEmpty();
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT email_enc, decision_enc, adverse_enc, state, outcome FROM explanation_request WHERE reference = ?",
				reference);
		assertThat(row.get("email_enc")).isNull();
		assertThat(row.get("decision_enc")).isNull();
		assertThat(row.get("outcome")).isEqualTo("REFUSED");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM explanation_message m JOIN explanation_request r ON r.request_id = m.request_id WHERE r.reference = ?",
				Integer.class, reference))
			.isZero();
		ExplanationStatistics statistics = explanations.statisticsForDeployer(deployerB.organisation());
		// the anonymised request still counts: shown as "too few" or among the outcomes
		assertThat(statistics.tooFewToShow() || statistics.outcomes().containsKey(RequestState.REFUSED)).isTrue();
		assertThat(statistics.received()).isNotZero();
	}

	@Test
	@DisplayName("Art 86 abuse protection: a fourth request from one address in a day is refused with a clear message")
	void rateLimitPerAddress() {
		String email = "limit-" + unique() + "@private.example";
		for (int i = 0; i < 3; i++) {
			explanations.file(request(deployerA, email), "10.2.2." + i);
		}
		assertThatThrownBy(() -> explanations.file(request(deployerA, email), "10.2.2.9"))
			.isInstanceOf(ActionRefusedException.class)
			.hasMessageContaining("explanation.error.limitAddress");
		assertThatThrownBy(() -> explanations.file(request(deployerA, "x".repeat(10)), "10.2.2.10"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("Art 86 statistics: received, median response time, share on time and outcomes per system, only from five requests on")
	void statistics() {
		String answered = reference(fileAndVerify(deployerA, "s1-" + unique() + "@private.example"));
		String refused = reference(fileAndVerify(deployerA, "s2-" + unique() + "@private.example"));
		reference(fileAndVerify(deployerA, "s3-" + unique() + "@private.example"));
		testData.run(deployerA, () -> {
			explanations.answer(answered, "Role ".repeat(20), "Elements ".repeat(20), true);
			explanations.refuse(refused, RefusalGround.ART_86_2_UNION_OR_NATIONAL_LAW, "National law exception.");
		});
		assertThat(explanations.statisticsForDeployer(deployerA.organisation()).tooFewToShow())
			.as("three requests are too few to publish figures about")
			.isTrue();
		reference(fileAndVerify(deployerA, "s4-" + unique() + "@private.example"));
		reference(fileAndVerify(deployerA, "s5-" + unique() + "@private.example"));
		ExplanationStatistics statistics = explanations.statisticsForDeployer(deployerA.organisation());
		assertThat(statistics.tooFewToShow()).isFalse();
		assertThat(statistics.received()).isEqualTo(5);
		assertThat(statistics.responded()).isEqualTo(2);
		assertThat(statistics.medianResponseDays()).isEqualTo(0.0);
		assertThat(statistics.shareOnTime()).isEqualTo(1.0);
		assertThat(statistics.outcomes()).containsEntry(RequestState.PARTIALLY_ANSWERED, 1L)
			.containsEntry(RequestState.REFUSED, 1L);

		assertThat(explanations.statisticsForSystem(system).received())
			.as("issue 21: deployer A never registered its use of the system, so its requests are not in the "
					+ "system's figures")
			.isZero();
		assertThat(explanations.unregisteredDeployerRequests(system)).as("they are counted apart").isEqualTo(5);
	}

	void backdate(String reference, int days) {
		jdbc.update("UPDATE explanation_request SET submitted_at = ? WHERE reference = ?",
				java.sql.Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), reference);
	}

}
