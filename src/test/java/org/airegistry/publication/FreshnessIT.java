package org.airegistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaBasis;
import org.airegistry.deployment.FriaData;
import org.airegistry.deployment.FriaService;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiSamples;
import org.airegistry.gpai.GpaiService;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.AiSystemId;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kernel's freshness queries on PostgreSQL (issue 21): the records of every kind
 * (entries, deployer registrations, GPAI model pages) not confirmed within the review
 * interval are selected by one rule, a confirmation takes a record off the list, and the
 * reminders go out once per record and due date however often the run is repeated.
 */
@PostgresTest
class FreshnessIT {

	@Autowired
	TestData testData;

	@Autowired
	Freshness freshness;

	@Autowired
	DeploymentService deployments;

	@Autowired
	FriaService frias;

	@Autowired
	GpaiService models;

	@Autowired
	JdbcTemplate jdbc;

	/** Moves every version of the record back by the days given. */
	void backdate(String versionTable, String idColumn, UUID id, int days) {
		jdbc.update("UPDATE " + versionTable + " SET published_at = ? WHERE " + idColumn + " = ?",
				Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), id);
	}

	int reminders(UUID record) {
		return jdbc.queryForObject("SELECT count(*) FROM record_review_reminder WHERE record_id = ?", Integer.class,
				record);
	}

	record Published(String entryNumber, UUID entry, Deployment deployment, GpaiModelId model, TestUser deployer,
			TestUser provider) {
	}

	/**
	 * The deployer completes its FRIA of the system and publishes its registration of
	 * use.
	 */
	Deployment registeredUse(TestUser deployer, String number, FriaBasis basis, DeploymentData registration) {
		return testData.as(deployer, () -> {
			Fria fria = frias.openOrStart(number);
			fria = frias.save(fria.id(), fria.lockVersion(), new FriaData(basis, "Processes", "Daily",
					"Persons concerned", "Risks", "Review", "Complaints desk", "", ""));
			frias.complete(fria.id(), fria.lockVersion());
			Deployment draft = deployments.start(number);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(), registration);
			deployments.publish(saved.id(), saved.lockVersion(), "");
			return saved;
		});
	}

	Published publishOneOfEachKind(String name) {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample(name + " Entry"));
		AiSystemId entry = testData.entryId(provider, number);
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		Deployment deployment = registeredUse(deployer, number, FriaBasis.PRIVATE_PUBLIC_SERVICE,
				new DeploymentData("Street 1", "ai@example.org", "IT department", "C4 summary", false, "",
						Set.of(MemberState.AT), LocalDate.of(2028, 2, 1), null, RegistrationBasis.PUBLIC_AUTHORITY,
						""));
		GpaiModelId model = testData.as(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> draft = models.createDraft(GpaiSamples.complete(name + " Model"));
			models.saveTechnicalDocumentation(draft.id(), "ANNEX-XI-ONLY-FOR-REGULATORS");
			models.publish(draft.id(), draft.lockVersion(), "");
			return draft.id();
		});
		return new Published(number, entry.value(), deployment, model, deployer, provider);
	}

	void backdateAll(Published records, int days) {
		backdate("ai_system_version", "ai_system_id", records.entry(), days);
		backdate("deployment_version", "deployment_id", records.deployment().id().value(), days);
		backdate("gpai_model_version", "gpai_model_id", records.model().value(), days);
	}

	List<Freshness.Unconfirmed> overdue() {
		return testData.as(testData.regulator(MemberState.DE), freshness::notConfirmedInTime);
	}

	@Test
	@DisplayName("Issue 21 (freshness): records of every kind not confirmed within the review interval are selected; "
			+ "a confirmation takes one off the list without a new version")
	void overdueAcrossKinds() {
		Published records = publishOneOfEachKind("Overdue");
		assertThat(overdue()).extracting(Freshness.Unconfirmed::permalink)
			.as("published today: not overdue")
			.doesNotContain("deployments/" + records.deployment().id().value(), "models/" + records.model());

		backdateAll(records, 400);
		List<Freshness.Unconfirmed> overdue = overdue();
		assertThat(overdue).extracting(Freshness.Unconfirmed::reference)
			.contains(records.entryNumber(), records.model().toString());
		assertThat(overdue).filteredOn(record -> record.kind().equals("deployment"))
			.extracting(Freshness.Unconfirmed::permalink)
			.contains("deployments/" + records.deployment().id().value());
		// a deployer registration is named by its system's number too: the entry is the
		// one of kind ai_system
		assertThat(overdue)
			.filteredOn(record -> record.kind().equals("ai_system") && record.reference().equals(records.entryNumber()))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.moderated()).isTrue();
				assertThat(entry.dueOn()).isBefore(LocalDate.now());
			});

		testData.run(records.deployer(), () -> deployments.confirmCurrent(records.deployment().id()));
		testData.run(records.provider(), () -> models.confirmCurrent(records.model()));
		assertThat(overdue()).extracting(Freshness.Unconfirmed::permalink)
			.as("confirmed today")
			.doesNotContain("deployments/" + records.deployment().id().value(), "models/" + records.model())
			.contains("systems/" + records.entryNumber());
		assertThat(
				testData.as(records.deployer(), () -> deployments.open(records.deployment().id())).publishedVersion())
			.as("a confirmation is no version")
			.isEqualTo(1);
	}

	@Test
	@DisplayName("Art 49(4), issue 21: an overdue entry of the non-public section is on the attention list only for an "
			+ "authority user competent for that section; other regulators do not learn its number or name")
	void nonPublicOverdueOnlyForTheCompetent() {
		TestUser provider = testData.provider();
		String number = testData.publishRestricted(provider, "Overdue Hidden Entry",
				org.airegistry.shared.AnnexIIIPoint.P6D);
		AiSystemId entry = testData.entryId(provider, number);
		backdate("ai_system_version", "ai_system_id", entry.value(), 400);

		assertThat(overdue()).extracting(Freshness.Unconfirmed::reference).doesNotContain(number);
		assertThat(testData.as(testData.regulator(MemberState.DE, org.airegistry.shared.Competence.RESTRICTED_SECTION),
				freshness::notConfirmedInTime))
			.filteredOn(record -> record.reference().equals(number))
			.singleElement()
			.extracting(Freshness.Unconfirmed::permalink)
			.as("no public page: the competent authorities' page")
			.isEqualTo("oversight/restricted/" + number);
	}

	@Test
	@DisplayName("Art 49(4), issue 21: an overdue deployer registration of an entry in the non-public section links "
			+ "the competent authority to the page it may read (the entry's page in that section), not to an empty "
			+ "public page; other regulators do not see it")
	void nonPublicRegistrationLinksToTheSection() {
		TestUser provider = testData.provider();
		String number = testData.publishRestricted(provider, "Overdue Hidden Use",
				org.airegistry.shared.AnnexIIIPoint.P6D);
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		jdbc.update("UPDATE organisation SET public_authority = TRUE WHERE organisation_id = ?",
				deployer.organisation().value());
		// the non-public section keeps C.1 to C.3 only
		Deployment deployment = registeredUse(deployer, number, FriaBasis.PUBLIC_LAW_BODY,
				new DeploymentData("Street 1", "ai@example.org", "IT department", "", false, "", Set.of(), null, null,
						RegistrationBasis.PUBLIC_AUTHORITY, ""));
		backdate("deployment_version", "deployment_id", deployment.id().value(), 400);

		assertThat(overdue()).extracting(Freshness.Unconfirmed::permalink)
			.doesNotContain("deployments/" + deployment.id().value(), "oversight/restricted/" + number);
		assertThat(testData.as(testData.regulator(MemberState.DE, org.airegistry.shared.Competence.RESTRICTED_SECTION),
				freshness::notConfirmedInTime))
			.filteredOn(record -> record.kind().equals("deployment") && record.reference().equals(number))
			.singleElement()
			.extracting(Freshness.Unconfirmed::permalink)
			.as("no public page: the competent authorities' page of the system")
			.isEqualTo("oversight/restricted/" + number);
	}

	@Test
	@DisplayName("Issue 21 (freshness): the reminder goes out once per record and due date, for every kind, however "
			+ "often the run is repeated; none before the lead time")
	void remindersOncePerPeriod() {
		Published records = publishOneOfEachKind("Reminded");
		backdateAll(records, 300);
		freshness.remindDue();
		assertThat(List.of(reminders(records.entry()), reminders(records.deployment().id().value()),
				reminders(records.model().value())))
			.as("more than a month before the due date")
			.containsOnly(0);

		backdateAll(records, 350);
		freshness.remindDue();
		freshness.remindDue();
		assertThat(List.of(reminders(records.entry()), reminders(records.deployment().id().value()),
				reminders(records.model().value())))
			.as("one reminder per record and due date")
			.containsOnly(1);
	}

	/** Moves the record's confirmations back by the days given. */
	void backdateConfirmations(UUID record, int days) {
		jdbc.update("UPDATE record_confirmation SET confirmed_at = ? WHERE record_id = ?",
				Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), record);
	}

	@Test
	@DisplayName("Issue 21, DD098: a confirmation counts from when it was given: one older than the review interval "
			+ "leaves the record on the list, due a year after the confirmation; one before the latest version counts "
			+ "for nothing; one within the interval takes it off")
	void confirmationsBeforeTheCutoff() {
		Published records = publishOneOfEachKind("Confirmed Long Ago");
		UUID model = records.model().value();
		backdate("gpai_model_version", "gpai_model_id", model, 800);
		testData.run(records.provider(), () -> models.confirmCurrent(records.model()));
		backdateConfirmations(model, 400);
		assertThat(overdue()).filteredOn(record -> record.reference().equals(records.model().toString()))
			.singleElement()
			.extracting(Freshness.Unconfirmed::dueOn)
			.as("due a year after the confirmation, not after the publication")
			.isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).minusDays(400).plusYears(1));

		backdate("gpai_model_version", "gpai_model_id", model, 380);
		assertThat(overdue()).filteredOn(record -> record.reference().equals(records.model().toString()))
			.singleElement()
			.extracting(Freshness.Unconfirmed::dueOn)
			.as("the confirmation came before the latest version: due a year after the version")
			.isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).minusDays(380).plusYears(1));

		backdateConfirmations(model, 30);
		assertThat(overdue()).extracting(Freshness.Unconfirmed::reference)
			.as("confirmed within the interval")
			.doesNotContain(records.model().toString());
	}

	String mailbox(TestUser user) {
		return jdbc.queryForObject("SELECT functional_email FROM organisation WHERE organisation_id = ?", String.class,
				user.organisation().value());
	}

	void prefer(TestUser user, String language) {
		jdbc.update("UPDATE app_user SET preferred_language = ? WHERE organisation_id = ?", language,
				user.organisation().value());
	}

	@Test
	@DisplayName("Issue 21: the reminders of every kind go to a German organisation in the language its users chose "
			+ "(French), not in its Member State's language")
	void remindersInTheUsersLanguage() {
		Published records = publishOneOfEachKind("Français");
		prefer(records.provider(), "fr");
		prefer(records.deployer(), "fr");
		backdateAll(records, 350);
		freshness.remindDue();

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(TestMailServer.mailsTo(mailbox(records.provider()))).extracting(TestMailServer.Mail::subject)
				.as("entry and model page reminders to the provider")
				.anySatisfy(subject -> assertThat(subject).startsWith("Entrée " + records.entryNumber() + " : "))
				.anySatisfy(subject -> assertThat(subject).startsWith("Page du modèle "));
			assertThat(TestMailServer.mailsTo(mailbox(records.deployer()))).extracting(TestMailServer.Mail::subject)
				.as("registration reminder to the deployer")
				.anySatisfy(subject -> assertThat(subject)
					.startsWith("Votre enregistrement de l’utilisation de " + records.entryNumber()));
		});
	}

}
