package org.airegistry.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.incident.persistence.IncidentRepository;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.StoredDocument;
import org.airegistry.registry.TestPdfs;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.Competence;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.RestClient;

/**
 * Serious-incident reports end to end on PostgreSQL 18 and a real Elasticsearch node:
 * reporting by providers, deployers and GPAI providers, delivery to the competent
 * authorities, their handling, deadlines, reminders, scope, and that reports never reach
 * anything public.
 */
@PostgresTest
class IncidentServiceIT {

	@Autowired
	IncidentDeadlines deadlines;

	@Autowired
	TestData testData;

	@Autowired
	IncidentService incidents;

	@Autowired
	IncidentAuthorityService authority;

	@Autowired
	IncidentTimers timers;

	@Autowired
	IncidentOversight oversight;

	@Autowired
	org.airegistry.organisation.Authorities authorityModel;

	@Autowired
	IncidentRepository repository;

	@Autowired
	OrganisationService organisations;

	@Autowired
	org.airegistry.gpai.GpaiService gpai;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	static IncidentReportData initial(String title, Set<MemberState> states, Instant causalLink) {
		return new IncidentReportData(ReportType.INITIAL, title, states, null, null, causalLink,
				EnumSet.of(HarmCategory.HEALTH), false, false, false, SectoralRegime.NONE, null,
				"The system proposed a tenfold dosage for " + title + ".", "", "", "", "", "", "", false, "", "", "",
				"", List.of());
	}

	static IncidentReportData complete(IncidentReportData initial) {
		return new IncidentReportData(ReportType.COMPLETE, initial.title(), initial.memberStates(),
				LocalDate.now().minusDays(3), Instant.now().minus(Duration.ofDays(3)), initial.causalLinkAt(),
				initial.categories(), false, false, false, SectoralRegime.NONE, 1, initial.description(),
				"A patient was hospitalised for two days.", "A unit conversion error in the dosage module.",
				"The dosage proposal was switched off on all sites.", "", "", "", false, "", "", "",
				"incidents@example.org", List.of());
	}

	IncidentReport submit(TestUser user, IncidentReport report, IncidentReportData data, String summary) {
		return testData.as(user, () -> {
			IncidentReport saved = incidents.save(report.id(), report.lockVersion(), data);
			return incidents.submit(saved.id(), saved.lockVersion(), summary);
		});
	}

	String system(TestUser provider, String name) {
		return testData.publish(provider, TestData.sample(name));
	}

	@Test
	@DisplayName("Art 73(1), (5), (6), (8): a provider reports, the authority of the Member State acknowledges, asks, records measures and closes")
	void reportAndHandle() {
		TestUser provider = testData.provider();
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		TestUser luxembourg = Authorities.of(organisations, MemberState.LU);
		String number = system(provider, "Dosage Advisor " + UUID.randomUUID());
		IncidentReport started = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		assertThat(started.role()).isEqualTo(ReporterRole.PROVIDER);
		assertThat(started.reference()).matches("SI-[0-9A-HJKMNP-TV-Z]{8}");

		IncidentReportData first = initial("Dosage " + started.reference(), Set.of(MemberState.MT),
				Instant.now().minus(Duration.ofDays(2)));
		IncidentReport submitted = submit(provider, started, first, "");
		assertThat(submitted.state()).isEqualTo(IncidentState.INITIAL_REPORT);
		assertThat(submitted.late()).as("2 days into a 15-day period").isFalse();
		assertThat(submitted.deadlineCase()).isEqualTo(DeadlineCase.GENERAL);

		// delivered to Malta's authority only, with its 7-day clock
		List<InboxItem> maltaInbox = testData.as(malta, authority::inbox);
		assertThat(maltaInbox).extracting(item -> item.report().id()).contains(started.id());
		InboxItem item = maltaInbox.stream()
			.filter(i -> i.report().id().equals(started.id()))
			.findFirst()
			.orElseThrow();
		assertThat(item.handling().state()).isEqualTo(HandlingState.RECEIVED);
		assertThat(item.handling().measuresDueAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));
		assertThat(item.report().title()).isEqualTo(first.title());
		assertThat(testData.as(luxembourg, authority::inbox)).extracting(i -> i.report().id())
			.doesNotContain(started.id());
		assertThatThrownBy(() -> testData.run(luxembourg, () -> authority.open(started.id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(TestMailServer.mailsTo(msaMail(malta))).anySatisfy(mail -> assertThat(mail.subject())
			.contains("Serious-incident report " + started.reference() + " received"));

		testData.run(malta, () -> authority.acknowledge(started.id()));
		testData.run(malta,
				() -> authority.requestInformation(started.id(), "Send the log of the affected session.", null));
		IncidentCase seen = testData.as(provider, () -> incidents.open(started.id()));
		assertThat(seen.authorities().getFirst().openRequests()).hasSize(1);
		assertThat(seen.authorities().getFirst().handling().state()).isEqualTo(HandlingState.INFORMATION_REQUESTED);

		// Art 73(5): the complete report follows and answers the request
		IncidentReport current = testData.as(provider, () -> incidents.open(started.id()).report());
		IncidentReport completed = submit(provider, current, complete(first), "Complete report with the log.");
		assertThat(completed.state()).isEqualTo(IncidentState.COMPLETE_REPORT);
		assertThat(completed.completeSubmittedAt()).isNotNull();
		AuthorityCase handled = testData.as(malta, () -> authority.open(started.id()));
		assertThat(handled.versions()).hasSize(2);
		assertThat(handled.own().handling().state()).isEqualTo(HandlingState.ACKNOWLEDGED);
		assertThat(handled.own().requests()).allSatisfy(request -> assertThat(request.answeredVersion()).isEqualTo(2));

		// Art 73(8): closing needs measures first
		assertThatThrownBy(() -> testData.run(malta, () -> authority.close(started.id(), "Nothing more to do.")))
			.isInstanceOfSatisfying(ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("incident.refused.measuresFirst"));
		testData.run(malta, () -> authority.recordMeasures(started.id(), MeasureKind.CORRECTIVE_ACTION_REQUIRED,
				"Retest the dosage module before it is switched on again."));
		testData.run(malta, () -> authority.close(started.id(), "Corrective action verified."));
		assertThat(testData.as(provider, () -> incidents.open(started.id()).report().state()))
			.isEqualTo(IncidentState.CLOSED);
		assertThatThrownBy(() -> submit(provider, testData.as(provider, () -> incidents.open(started.id()).report()),
				complete(first).withReportType(ReportType.INVESTIGATION), "more"))
			.isInstanceOf(ActionRefusedException.class);

		assertThat(
				jdbc.queryForList("SELECT action FROM audit_event WHERE subject_type = 'incident' AND subject_id = ?",
						String.class, started.reference()))
			.contains("incident.started", "incident.submitted", "incident.delivered", "incident.acknowledged",
					"incident.information-requested", "incident.measures-recorded", "incident.closed");
	}

	static String msaMail(TestUser authority) {
		return "msa-" + authority.organisationName().substring(authority.organisationName().length() - 8)
				+ "@example.org";
	}

	@Test
	@DisplayName("Art 73(4), Art 73(3): the deadline follows the kind of incident; a report after it is marked late")
	void lateReport() {
		TestUser provider = testData.provider();
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		String number = system(provider, "Late Advisor " + UUID.randomUUID());
		IncidentReport started = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		IncidentReportData death = new IncidentReportData(ReportType.INITIAL, "Fatal outcome", Set.of(MemberState.MT),
				null, null, Instant.now().minus(Duration.ofDays(12)), EnumSet.of(HarmCategory.HEALTH), true, false,
				false, SectoralRegime.NONE, 1, "A patient died after the proposed treatment.", "", "", "", "", "", "",
				false, "", "", "", "", List.of());
		IncidentReport saved = testData.as(provider, () -> incidents.save(started.id(), started.lockVersion(), death));
		assertThat(saved.deadlineCase()).isEqualTo(DeadlineCase.DEATH);
		assertThat(saved.overdue(Instant.now())).as("10 days have passed").isTrue();
		IncidentReport late = testData.as(provider, () -> incidents.submit(saved.id(), saved.lockVersion(), ""));
		assertThat(late.late()).isTrue();
		assertThat(testData.as(malta, authority::inbox)).filteredOn(i -> i.report().id().equals(started.id()))
			.singleElement()
			.satisfies(i -> assertThat(i.report().late()).isTrue());
	}

	@Test
	@DisplayName("Art 73(1): a report about a system in the non-public section (Art 49(4)) goes to the authority like any other")
	void restrictedSystem() {
		TestUser provider = testData.provider();
		TestUser cyprus = Authorities.of(organisations, MemberState.CY);
		EntryData restricted = TestData.sample("Border Check " + UUID.randomUUID())
			.withAnnexIIIPoint(AnnexIIIPoint.P7D, false)
			.minimisedForRestrictedSection();
		String number = testData.publish(provider, restricted);
		assertThat(number).startsWith("AIR-R-");
		IncidentReport started = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		submit(provider, started, initial("Wrong match", Set.of(MemberState.CY), Instant.now().minusSeconds(600)), "");
		AuthorityCase seen = testData.as(cyprus, () -> authority.open(started.id()));
		assertThat(seen.report().registrationNumber()).isEqualTo(number);
		assertThat(seen.report().annexIIIPoint()).isEqualTo(AnnexIIIPoint.P7D);
		assertThatThrownBy(() -> testData.run(cyprus,
				() -> authority.publishNotice(started.id(),
						"The authority examines a serious incident of this system.")))
			.as("no public notice for a system the public may not know of")
			.isInstanceOfSatisfying(ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("incident.refused.noPublicEntry"));
	}

	@Test
	@DisplayName("Art 74(8): reports about Annex III point 8 and point 1 systems used for law enforcement go to the data "
			+ "protection authority, other systems to the market surveillance authority (Art 70(1)); the inbox says why")
	void dataProtectionAuthorityUnderArticle74Paragraph8() {
		TestUser provider = testData.provider();
		TestUser msa = Authorities.of(organisations, MemberState.LT);
		TestUser dpa = Authorities.dataProtection(organisations, MemberState.LT);
		String justice = testData.publish(provider,
				TestData.sample("Sentencing Aid " + UUID.randomUUID()).withAnnexIIIPoint(AnnexIIIPoint.P8A, false));
		String faceMatch = testData.publish(provider,
				TestData.sample("Face Match " + UUID.randomUUID())
					.withAnnexIIIPoint(AnnexIIIPoint.P1A, true)
					.minimisedForRestrictedSection());
		String doorAccess = testData.publish(provider,
				TestData.sample("Door Access " + UUID.randomUUID()).withAnnexIIIPoint(AnnexIIIPoint.P1A, false));
		String hiring = system(provider, "Hiring Aid " + UUID.randomUUID());
		IncidentId justiceReport = reportIn(provider, justice, MemberState.LT);
		IncidentId faceMatchReport = reportIn(provider, faceMatch, MemberState.LT);
		IncidentId doorAccessReport = reportIn(provider, doorAccess, MemberState.LT);
		IncidentId hiringReport = reportIn(provider, hiring, MemberState.LT);

		assertRoutedTo(justiceReport, dpa);
		assertRoutedTo(faceMatchReport, dpa);
		assertRoutedTo(doorAccessReport, msa);
		assertRoutedTo(hiringReport, msa);

		List<InboxItem> dpaInbox = testData.as(dpa, authority::inbox);
		assertThat(dpaInbox).extracting(item -> item.report().id())
			.contains(justiceReport, faceMatchReport)
			.doesNotContain(doorAccessReport, hiringReport);
		assertThat(dpaInbox).filteredOn(item -> item.report().id().equals(justiceReport))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.supervision().basis()).isEqualTo(SupervisionBasis.DATA_PROTECTION_AUTHORITY);
				assertThat(item.supervision().point()).isEqualTo(AnnexIIIPoint.P8A);
				assertThat(item.supervision().basis().article()).isEqualTo("Art 74(8)");
			});
		assertThat(testData.as(msa, authority::inbox)).filteredOn(item -> item.report().id().equals(hiringReport))
			.singleElement()
			.satisfies(item -> assertThat(item.supervision().basis()).isEqualTo(SupervisionBasis.DESIGNATED_AUTHORITY));
	}

	@Test
	@DisplayName("Art 74(8), DD087: while a Member State's data protection authority does not use the registry, the "
			+ "market surveillance authority receives reports about point 6 systems; once it does, they go to it")
	void beforeAndAfterTheDataProtectionAuthority() {
		TestUser provider = testData.provider();
		TestUser msa = Authorities.of(organisations, MemberState.SK);
		String policing = testData.publish(provider,
				TestData.sample("Patrol Planner " + UUID.randomUUID())
					.withAnnexIIIPoint(AnnexIIIPoint.P6D, false)
					.minimisedForRestrictedSection());
		IncidentId report = reportIn(provider, policing, MemberState.SK);
		assertThat(repository.handlings(report))
			.as("the market surveillance authority is there: it takes the case "
					+ "until the Member State's Art 74(8) authority uses the registry")
			.singleElement()
			.satisfies(handling -> assertThat(handling.authority()).isEqualTo(msa.organisation()));

		TestUser dpa = Authorities.dataProtection(organisations, MemberState.SK);
		IncidentId later = reportIn(provider, policing, MemberState.SK);
		assertRoutedTo(later, dpa);
	}

	void assertRoutedTo(IncidentId report, TestUser authority) {
		assertThat(repository.handlings(report)).singleElement()
			.satisfies(handling -> assertThat(handling.authority()).isEqualTo(authority.organisation()));
	}

	IncidentId reportIn(TestUser provider, String number, MemberState state) {
		IncidentReport started = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		submit(provider, started,
				initial("Routing " + started.reference(), Set.of(state), Instant.now().minusSeconds(60)), "");
		return started.id();
	}

	@Test
	@DisplayName("Organisation scope: another provider, a deployer without the role, anonymous callers get nothing")
	void scope() {
		TestUser provider = testData.provider();
		String number = system(provider, "Scoped Advisor " + UUID.randomUUID());
		IncidentReport started = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		TestUser other = testData.provider();
		assertThatThrownBy(() -> testData.run(other, () -> incidents.open(started.id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(testData.as(other, incidents::myReports)).extracting(IncidentSummary::id)
			.doesNotContain(started.id());
		assertThatThrownBy(() -> testData.run(other, () -> incidents.startForSystem(number, Route.AUTHORITY)))
			.as("a provider without the deployer role cannot report another provider's system")
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("incident.start.notYourSystem"));
		assertThatThrownBy(() -> incidents.myReports())
			.isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
		TestUser regulator = Authorities.of(organisations, MemberState.MT);
		assertThatThrownBy(() -> testData.run(regulator, incidents::myReports))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> testData.run(provider, authority::inbox)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("Art 26(5): a deployer informs the provider first, then the authority; the provider starts its own report from it")
	void deployerFirstToProvider() {
		TestUser provider = testData.provider();
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		TestUser latvia = Authorities.of(organisations, MemberState.LV);
		String number = system(provider, "Deployed Advisor " + UUID.randomUUID());
		IncidentReport started = testData.as(deployer, () -> incidents.startForSystem(number, Route.PROVIDER_FIRST));
		assertThat(started.role()).isEqualTo(ReporterRole.DEPLOYER);
		assertThat(started.provider()).isEqualTo(provider.organisation());
		submit(deployer, started, initial("Deployer saw harm", Set.of(MemberState.LV), Instant.now().minusSeconds(60)),
				"");

		assertThat(testData.as(provider, incidents::deployerReportsAboutMySystems)).extracting(IncidentSummary::id)
			.contains(started.id());
		assertThat(testData.as(latvia, authority::inbox)).extracting(i -> i.report().id()).contains(started.id());
		IncidentReport own = testData.as(provider, () -> incidents.startFromDeployerReport(started.id()));
		assertThat(own.role()).isEqualTo(ReporterRole.PROVIDER);
		assertThat(own.basedOn()).isEqualTo(started.id());
		assertThat(own.draft().title()).isEqualTo("Deployer saw harm");
		assertThat(testData.as(provider, () -> incidents.startFromDeployerReport(started.id())).id()).as("started once")
			.isEqualTo(own.id());
		assertThatThrownBy(() -> testData.run(testData.provider(), () -> incidents.deployerReport(started.id())))
			.as("only the system's provider reads the deployer's report")
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("Art 26(5): a deployer who cannot reach the provider reports to the authority and says how it tried")
	void deployerProviderUnreachable() {
		TestUser provider = testData.provider();
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String number = system(provider, "Unreachable Advisor " + UUID.randomUUID());
		IncidentReport started = testData.as(deployer,
				() -> incidents.startForSystem(number, Route.PROVIDER_UNREACHABLE));
		IncidentReport saved = testData.as(deployer, () -> incidents.save(started.id(), started.lockVersion(),
				initial("Unreachable", Set.of(MemberState.LV), Instant.now().minusSeconds(60))));
		assertThatThrownBy(() -> testData.run(deployer, () -> incidents.submit(saved.id(), saved.lockVersion(), "")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field)
						.containsExactly("providerContactAttempts"));
		assertThat(testData.as(provider, incidents::deployerReportsAboutMySystems)).extracting(IncidentSummary::id)
			.doesNotContain(started.id());
	}

	@Test
	@DisplayName("Art 73(1), DD082: a Member State without an authority competent for serious incidents gets the report as soon as one is")
	void awaitingAuthority() {
		TestUser provider = testData.provider();
		String number = system(provider, "Waiting Advisor " + UUID.randomUUID());
		IncidentReport started = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		// Croatia: an authority whose regulators handle complaints only, none competent
		// for
		// serious incidents
		TestUser complaints = testData.regulator(MemberState.HR, Competence.COMPLAINTS);
		assertThat(authorityModel.competentFor(MemberState.HR, Competence.SERIOUS_INCIDENTS)).isEmpty();
		submit(provider, started, initial("Waiting", Set.of(MemberState.HR), Instant.now().minusSeconds(60)), "");
		assertThat(repository.handlings(started.id())).singleElement().satisfies(handling -> {
			assertThat(handling.state()).isEqualTo(HandlingState.AWAITING_AUTHORITY);
			assertThat(handling.authority()).isNull();
		});
		timers.route();
		assertThat(repository.handlings(started.id())).as("still nobody competent")
			.singleElement()
			.satisfies(handling -> assertThat(handling.state()).isEqualTo(HandlingState.AWAITING_AUTHORITY));

		TestUser croatia = Authorities.of(organisations, MemberState.HR);
		assertThat(timers.route()).isPositive();
		assertThat(repository.handlings(started.id())).singleElement().satisfies(handling -> {
			assertThat(handling.state()).isEqualTo(HandlingState.RECEIVED);
			assertThat(handling.authority()).isEqualTo(croatia.organisation()).isNotEqualTo(complaints.organisation());
			assertThat(handling.measuresDueAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));
		});
		assertThat(testData.as(croatia, authority::inbox)).extracting(item -> item.report().id())
			.contains(started.id());
		assertThatThrownBy(() -> testData.as(complaints, authority::inbox)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("Art 73(1), DD082: a regulator of the receiving authority without the competence for serious incidents gets nothing")
	void regulatorWithoutCompetence() {
		TestUser provider = testData.provider();
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		TestUser complaintsOnly = Authorities.colleague(organisations, malta, Set.of(Competence.COMPLAINTS));
		TestUser none = Authorities.colleague(organisations, malta, Set.of());
		String number = system(provider, "Competence Advisor " + UUID.randomUUID());
		IncidentReport started = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		submit(provider, started,
				initial("Competence " + started.reference(), Set.of(MemberState.MT), Instant.now().minusSeconds(60)),
				"");
		assertThat(testData.as(malta, authority::inbox)).extracting(item -> item.report().id()).contains(started.id());
		assertThat(testData.as(malta, oversight::attention).unacknowledged()).isPositive();

		for (TestUser regulator : List.of(complaintsOnly, none)) {
			assertThatThrownBy(() -> testData.as(regulator, authority::inbox))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> testData.as(regulator, () -> authority.open(started.id())))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> testData.run(regulator, () -> authority.acknowledge(started.id())))
				.isInstanceOf(AccessDeniedException.class);
			IncidentOversight.Attention attention = testData.as(regulator, oversight::attention);
			assertThat(attention.unacknowledged()).isZero();
			assertThat(attention.measuresOverdue()).isEmpty();
		}
		assertThat(repository.handlings(started.id())).singleElement()
			.satisfies(handling -> assertThat(handling.state()).isEqualTo(HandlingState.RECEIVED));
	}

	@Test
	@DisplayName("Art 55(1)(c): a GPAI provider reports an incident of its model with systemic risk to the AI Office")
	void gpaiToAiOffice() {
		TestUser provider = testData.provider();
		java.util.UUID model = GpaiTestModels.publishSystemic(testData, gpai, provider);
		TestUser office = AiOffice.regulator(organisations);
		IncidentReport started = testData.as(provider, () -> incidents.startForModel(model));
		assertThat(started.role()).isEqualTo(ReporterRole.GPAI_PROVIDER);
		IncidentReportData data = new IncidentReportData(ReportType.INITIAL, "Weights leaked", Set.of(MemberState.DE),
				null, null, Instant.now().minusSeconds(60), EnumSet.of(HarmCategory.PROPERTY_OR_ENVIRONMENT), false,
				false, true, SectoralRegime.NONE, null, "A checkpoint was public for a day.", "", "", "", "", "", "",
				false, "", "", "", "", List.of());
		IncidentReport submitted = submit(provider, started, data, "");
		assertThat(submitted.deadlineCase()).isEqualTo(DeadlineCase.GPAI_CYBERSECURITY);
		assertThat(repository.handlings(started.id())).singleElement().satisfies(handling -> {
			assertThat(handling.kind()).isEqualTo(AuthorityKind.AI_OFFICE);
			assertThat(handling.authority()).isEqualTo(office.organisation());
			assertThat(handling.measuresDueAt()).as("Art 73(8) is the market surveillance authorities' period")
				.isNull();
		});
		assertThat(testData.as(office, authority::inbox)).extracting(i -> i.report().id()).contains(started.id());
	}

	@Test
	@DisplayName("Reminders: once before the deadline of an unsubmitted report, once when it passed")
	void reminders() {
		TestUser provider = testData.provider();
		testData.speaks(provider, "de");
		String number = system(provider, "Reminded Advisor " + UUID.randomUUID());
		IncidentReport soon = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		testData.run(provider, () -> incidents.save(soon.id(), soon.lockVersion(),
				initial("Soon", Set.of(MemberState.MT), causalLinkInReminderWindow())));
		IncidentReport passed = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		testData.run(provider, () -> incidents.save(passed.id(), passed.lockVersion(),
				initial("Passed", Set.of(MemberState.MT), Instant.now().minus(Duration.ofDays(30)))));
		timers.remind();
		assertThat(repository.remindedAt(soon.id())).isPresent();
		assertThat(repository.overdueNotifiedAt(soon.id())).isEmpty();
		assertThat(repository.overdueNotifiedAt(passed.id())).isPresent();
		int before = TestMailServer.mailsTo(providerMail(provider)).size();
		timers.remind();
		assertThat(TestMailServer.mailsTo(providerMail(provider))).as("each reminder once").hasSize(before);
		assertThat(TestMailServer.mailsTo(providerMail(provider)))
			.anySatisfy(mail -> assertThat(mail.subject()).contains(soon.reference()).contains("Frist am"));
		// the provider is seated in Germany: its mails are German, with days as German
		// writes them
		assertThat(TestMailServer.mailsTo(providerMail(provider)))
			.anySatisfy(mail -> assertThat(mail.subject()).contains(passed.reference())
				.contains("Frist abgelaufen")
				.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"));
	}

	/**
	 * A moment of the causal link whose 15-day deadline has not passed but whose reminder
	 * is due now, whatever the weekday today (a period ending on a weekend or holiday is
	 * moved, so a fixed number of days ago is not always in the window).
	 */
	private Instant causalLinkInReminderWindow() {
		Instant now = Instant.now();
		for (int hours = 15 * 24; hours > 0; hours--) {
			Instant start = now.minus(Duration.ofHours(hours));
			IncidentDeadline deadline = deadlines.of(DeadlineCase.GENERAL, start);
			if (!deadline.passed(now) && !now.isBefore(deadlines.reminderAt(deadline))) {
				return start;
			}
		}
		throw new IllegalStateException("no causal-link moment puts the reminder in its window today");
	}

	/** A unique word of letters only, starting with the prefix. */
	static String letters(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	static String providerMail(TestUser provider) {
		return "contact-" + provider.organisationName().substring("Test Organisation ".length()) + "@example.org";
	}

	@Test
	@DisplayName("Attachments are checked like every document of the registry; only submitted ones reach the authority")
	void attachments() {
		TestUser provider = testData.provider();
		TestUser malta = Authorities.of(organisations, MemberState.MT);
		String number = system(provider, "Attached Advisor " + UUID.randomUUID());
		IncidentReport started = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		assertThatThrownBy(() -> testData.run(provider,
				() -> incidents.storeAttachment(started.id(), "evil.pdf", TestPdfs.notPdf())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("validation.document.notPdf"));
		StoredDocument log = testData.as(provider,
				() -> incidents.storeAttachment(started.id(), "log.pdf", TestPdfs.pdf("Session log")));
		StoredDocument draftOnly = testData.as(provider,
				() -> incidents.storeAttachment(started.id(), "draft.pdf", TestPdfs.pdf("Not submitted")));
		submit(provider, started, initial("With log", Set.of(MemberState.MT), Instant.now().minusSeconds(60))
			.withAttachments(List.of(log)), "");
		assertThat(testData.as(malta, () -> authority.attachment(started.id(), log.sha256()))).isNotEmpty();
		assertThatThrownBy(() -> testData.run(malta, () -> authority.attachment(started.id(), draftOnly.sha256())))
			.isInstanceOf(NotFoundException.class);
		assertThat(DocumentKind.values()).isNotEmpty();
	}

	@Test
	@DisplayName("Art 73, Art 78: a report never reaches the public search, the open data or the index")
	void neverPublic() {
		TestUser provider = testData.provider();
		// letters only: the search splits words at digits (issue 16), so a hex word would
		// also find other tests' entries that share a part
		String word = letters("zq");
		String number = system(provider, "Public Advisor " + word);
		IncidentReport started = testData.as(provider, () -> incidents.startForSystem(number, Route.AUTHORITY));
		String secret = letters("zx");
		IncidentReportData data = initial("Secret " + secret, Set.of(MemberState.MT), Instant.now().minusSeconds(60));
		submit(provider, started, data, "");

		assertThat(jdbc.queryForList("SELECT DISTINCT visibility FROM incident_report_version WHERE incident_id = ?",
				String.class, started.id().value()))
			.containsExactly("NEVER_PUBLIC");
		RestClient api = RestClient.create("http://localhost:" + port);
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.get().uri("/api/v1/search?q={q}", word).retrieve().body(String.class))
				.contains(number));
		assertThat(api.get().uri("/api/v1/search?q={q}", secret).retrieve().body(String.class)).doesNotContain(number)
			.contains("\"total\":0");
		assertThat(api.get().uri("/api/v1/entries/{n}", number).retrieve().body(String.class)).doesNotContain(secret);
		assertThat(api.get().uri("/api/v1/downloads/entries.json").retrieve().body(String.class))
			.doesNotContain(secret);
	}

}
