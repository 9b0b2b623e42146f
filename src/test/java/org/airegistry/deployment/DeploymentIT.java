package org.airegistry.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.airegistry.publication.VersionSummary;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.RegistryService;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Deployer registrations and impact assessments on a real PostgreSQL 18: links to
 * provider entries, the restricted tier, FRIA states, organisation scope, public reads,
 * version history, and the provider's recall reaching deployers by e-mail.
 */
@PostgresTest
class DeploymentIT {

	@Autowired
	DeploymentService deployments;

	@Autowired
	FriaService frias;

	@Autowired
	FriaOversight oversight;

	@Autowired
	ProviderNotices notices;

	@Autowired
	DeploymentQueries queries;

	@Autowired
	RegistryService registry;

	@Autowired
	TestData testData;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.airegistry.audit.AuditTrail audit;

	TestUser deployer() {
		return testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
	}

	/** An approved deployer that is a public authority (Art 3(4), Art 26(8)). */
	TestUser publicAuthority(OrganisationStatus status) {
		TestUser user = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, status);
		jdbc.update("UPDATE organisation SET public_authority = TRUE WHERE organisation_id = ?",
				user.organisation().value());
		return user;
	}

	java.util.List<org.airegistry.audit.AuditRecord> audited(String action, String number) {
		return testData.as(regulator(),
				() -> audit.page(new org.airegistry.audit.AuditFilter(action, number, null, null), 0, 100));
	}

	TestUser regulator() {
		return testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
	}

	static FriaData completeFria() {
		return new FriaData(FriaBasis.PUBLIC_LAW_BODY, "Pre-sorting of housing benefit applications.",
				"Daily during office hours from January 2028.", "Applicants, incl. persons with disabilities.",
				"Wrongful rejection; indirect discrimination.", "A caseworker reviews every proposal.",
				"Complaints desk; use suspended when error rates exceed 2 %.", "DPIA 2027-14, section 4", "");
	}

	static DeploymentData registration(String friaSummary) {
		return new DeploymentData("Rathausplatz 1, 10115 Berlin", "ai-registry@city.example",
				"Digital Services Department, ai-registry@city.example", friaSummary, false, "", Set.of(MemberState.DE),
				LocalDate.of(2028, 1, 1), null, RegistrationBasis.PUBLIC_AUTHORITY, "");
	}

	/** Completes and notifies the deployer's FRIA of the system. */
	Fria notifiedFria(TestUser deployer, String registrationNumber) {
		return testData.as(deployer, () -> {
			Fria fria = frias.openOrStart(registrationNumber);
			fria = frias.save(fria.id(), fria.lockVersion(), completeFria());
			fria = frias.complete(fria.id(), fria.lockVersion());
			return frias.notifyAuthority(fria.id(), fria.lockVersion());
		});
	}

	/**
	 * Registers and publishes the deployer's use of the system; returns the registration.
	 */
	Deployment publishedUse(TestUser deployer, String registrationNumber, String friaSummary) {
		notifiedFria(deployer, registrationNumber);
		return publishUse(deployer, registrationNumber, friaSummary);
	}

	/** Registers and publishes the use; the deployer's FRIA must be completed already. */
	Deployment publishUse(TestUser deployer, String registrationNumber, String friaSummary) {
		return testData.as(deployer, () -> {
			Deployment draft = deployments.start(registrationNumber);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(), registration(friaSummary));
			deployments.publish(saved.id(), saved.lockVersion(), "");
			return deployments.open(saved.id());
		});
	}

	@Test
	@DisplayName("Annex VIII C.3, Art 26(8): an unknown or unpublished system cannot be linked; the deployer is told why")
	void notRegisteredSystem() {
		TestUser provider = testData.provider();
		DraftEntry unpublished = testData.as(provider, () -> registry.createDraft(TestData.sample("Unpublished")));
		assertThat(unpublished.registrationNumber()).as("numbers come with the first publication").isNull();
		TestUser deployer = deployer();

		testData.run(deployer, () -> {
			assertThat(deployments.check("AIR-999999").outcome()).isEqualTo(SystemLink.Outcome.NOT_REGISTERED);
			assertThat(deployments.find("Unpublished")).isEmpty();
			assertThatThrownBy(() -> deployments.start("AIR-999999")).isInstanceOfSatisfying(
					ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("deployment.link.NOT_REGISTERED"));
			assertThatThrownBy(() -> frias.openOrStart("AIR-999999")).isInstanceOf(ActionRefusedException.class);
		});
	}

	@Test
	@DisplayName("Art 3(16), 3(17): a recalled entry cannot be linked to a new use; a withdrawn one can, with a warning")
	void recalledOrWithdrawnSystem() {
		TestUser provider = testData.provider();
		String recalled = testData.publish(provider,
				TestData.sample("Recalled System").withStatus(EntryStatus.RECALLED));
		String withdrawn = testData.publish(provider,
				TestData.sample("Withdrawn System").withStatus(EntryStatus.NO_LONGER_ON_MARKET));
		TestUser deployer = deployer();

		testData.run(deployer, () -> {
			assertThatThrownBy(() -> deployments.start(recalled)).isInstanceOfSatisfying(ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("deployment.link.RECALLED"));
			assertThatThrownBy(() -> frias.openOrStart(recalled)).isInstanceOf(ActionRefusedException.class);
			// an authority may lawfully keep using a system its provider no longer
			// places on the market
			SystemLink link = deployments.check(withdrawn);
			assertThat(link.outcome()).isEqualTo(SystemLink.Outcome.WITHDRAWN);
			assertThat(link.linkable()).isTrue();
			assertThat(link.warns()).isTrue();
			assertThat(deployments.start(withdrawn).providerRegistrationNumber()).isEqualTo(withdrawn);
			assertThat(deployments.find("Recalled System")).extracting(SystemLink::outcome)
				.contains(SystemLink.Outcome.RECALLED);
		});
	}

	@Test
	@DisplayName("Art 27, spec §10.5 W2: a registration cannot be published before its FRIA is completed")
	void publishNeedsCompletedFria() {
		String number = testData.publish(testData.provider(), TestData.sample("Needs FRIA"));
		TestUser deployer = deployer();

		testData.run(deployer, () -> {
			Deployment draft = deployments.start(number);
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(), registration("Summary"));
			assertThatThrownBy(() -> deployments.publish(saved.id(), saved.lockVersion(), "")).isInstanceOfSatisfying(
					ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("deployment.refused.friaNotCompleted"));
			Fria fria = frias.openOrStart(number);
			assertThatThrownBy(() -> frias.notifyAuthority(fria.id(), fria.lockVersion()))
				.isInstanceOf(ActionRefusedException.class);
			assertThatThrownBy(() -> frias.complete(fria.id(), fria.lockVersion()))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors()).hasSize(7));
		});
		assertThat(queries.deployersOf(number)).isEmpty();
	}

	@Test
	@DisplayName("Annex VIII C: publishing makes version 1 public with the C.4 summary and SHA-256; updates add versions")
	void publishAndUpdate() {
		String number = testData.publish(testData.provider(), TestData.sample("Published Use"));
		TestUser deployer = deployer();
		Deployment published = publishedUse(deployer, number, "No high residual risk after safeguards.");

		PublicDeployment latest = queries.findLatest(published.id()).orElseThrow();
		assertThat(latest.version()).isEqualTo(1);
		assertThat(latest.deployerName()).isEqualTo(deployer.organisationName());
		assertThat(latest.systemName()).isEqualTo("Published Use");
		assertThat(latest.contentSha256()).matches("[0-9a-f]{64}");
		assertThat(queries.deployersOf(number)).singleElement().satisfies(entry -> {
			assertThat(entry.deployerName()).isEqualTo(deployer.organisationName());
			assertThat(entry.hasFriaSummary()).isTrue();
		});
		assertThat(queries.deployer(deployer.organisation()).orElseThrow().uses()).extracting(PublicDeployment::id)
			.containsExactly(published.id());
		// the bulk form (one query per reindex page) answers the same, by system
		String unused = testData.publish(testData.provider(), TestData.sample("Nobody Uses This"));
		assertThat(queries.deployersOf(List.of(number, unused))).containsOnlyKeys(number)
			.containsEntry(number, queries.deployersOf(number));

		testData.run(deployer, () -> {
			Deployment changed = deployments.save(published.id(), published.lockVersion(),
					registration("Updated summary after the first year."));
			assertThatThrownBy(() -> deployments.publish(changed.id(), changed.lockVersion(), " "))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("changeSummary"));
			assertThat(deployments.publish(changed.id(), changed.lockVersion(), "Annual review")).isEqualTo(2);
			assertThatThrownBy(() -> deployments.save(changed.id(), changed.lockVersion(), registration("stale")))
				.isInstanceOf(ConcurrentEditException.class);
		});
		assertThat(queries.history(published.id())).extracting(VersionSummary::version).containsExactly(2, 1);
		assertThat(queries.findVersion(published.id(), 1).orElseThrow().data().friaSummary())
			.isEqualTo("No high residual risk after safeguards.");
		assertThat(queries.findLatest(published.id()).orElseThrow().changeSummary()).isEqualTo("Annual review");
		// every publication is audited from the kernel's RecordPublished, in its
		// transaction
		assertThat(audited("deployment.published", published.id().value().toString()))
			.extracting(record -> record.before() + " -> " + record.after() + " " + record.legalReference())
			.containsExactlyInAnyOrder("null -> version 1 Art 49(3)", "version 1 -> version 2 Art 49(3)");
	}

	@Test
	@DisplayName("Organisation scope: deployer B can neither read nor change deployer A's drafts or FRIA")
	void otherDeployersAreOutOfScope() {
		String number = testData.publish(testData.provider(), TestData.sample("Scoped Use"));
		TestUser a = deployer();
		TestUser b = deployer();
		Deployment draft = testData.as(a, () -> deployments.start(number));
		Fria fria = testData.as(a, () -> frias.openOrStart(number));

		testData.run(b, () -> {
			assertThatThrownBy(() -> deployments.open(draft.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> deployments.save(draft.id(), draft.lockVersion(), registration("x")))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> deployments.publish(draft.id(), draft.lockVersion(), ""))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> frias.open(fria.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> frias.save(fria.id(), fria.lockVersion(), completeFria()))
				.isInstanceOf(NotFoundException.class);
			assertThat(deployments.myDeployments()).isEmpty();
			assertThat(frias.myAssessments()).isEmpty();
		});
		TestUser provider = testData.provider();
		assertThatThrownBy(() -> testData.run(provider, () -> deployments.myDeployments()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> frias.myAssessments()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	@DisplayName("Art 27(3), spec §10.3 V6: the full FRIA reaches the regulator's inbox; the public sees only the C.4 summary")
	void fullFriaForRegulatorsOnly() {
		String number = testData.publish(testData.provider(), TestData.sample("Inbox Use"));
		TestUser deployer = deployer();
		testData.speaks(deployer, "pl");
		Fria notified = notifiedFria(deployer, number);
		assertThat(notified.state()).isEqualTo(FriaState.NOTIFIED);
		assertThat(notified.notifiedAt()).isNotNull();

		TestUser regulator = regulator();
		FriaNotification received = testData.as(regulator,
				() -> oversight.inbox(500)
					.stream()
					.filter(notification -> notification.friaId().equals(notified.id()))
					.findFirst()
					.orElseThrow());
		assertThat(received.data()).isEqualTo(completeFria());
		assertThat(received.deployerName()).isEqualTo(deployer.organisationName());
		assertThat(received.notifiedAt()).isEqualTo(notified.notifiedAt());
		assertThat(received.acknowledgedAt()).isNull();
		assertThat(testData.as(regulator, () -> oversight.acknowledge(received.id())).acknowledgedAt()).isNotNull();
		String mailbox = "contact-" + deployer.organisationName().substring("Test Organisation ".length())
				+ "@example.org";
		org.airegistry.testsupport.TestMailServer.Mail acknowledged = org.airegistry.testsupport.TestMailServer
			.awaitMail(mailbox, 1);
		assertThat(acknowledged.subject())
			.as("issues 19 and 21: the deployer is told, in its people's language (Polish in a German organisation)")
			.isEqualTo("Potwierdzono otrzymanie Państwa oceny skutków dla praw podstawowych dla systemu Inbox Use");
		assertThat(acknowledged.body()).contains(number).contains("/my-deployments");
		testData.run(regulator, () -> oversight.acknowledge(received.id()));
		assertThat(org.airegistry.testsupport.TestMailServer.mailsTo(mailbox)).as("told once").hasSize(1);

		assertThatThrownBy(() -> testData.run(deployer, () -> oversight.inbox(10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> testData.run(regulator, () -> frias.myAssessments()))
			.isInstanceOf(AccessDeniedException.class);

		Deployment use = publishUse(deployer, number, "Public summary only.");
		PublicDeployment visible = queries.findLatest(use.id()).orElseThrow();
		assertThat(visible.data().friaSummary()).isEqualTo("Public summary only.");
		assertThat(visible.data().toString()).doesNotContain(completeFria().specificRisks());
	}

	@Test
	@DisplayName("Art 27(2): changing an element after notification requires an update; completing it makes version 2")
	void updateAfterNotification() {
		String number = testData.publish(testData.provider(), TestData.sample("Update Use"));
		TestUser deployer = deployer();
		Fria notified = notifiedFria(deployer, number);

		testData.run(deployer, () -> {
			FriaData changed = new FriaData(FriaBasis.PUBLIC_LAW_BODY, completeFria().processes(),
					"Twice a day from March 2028.", completeFria().affectedCategories(), completeFria().specificRisks(),
					completeFria().humanOversight(), completeFria().mitigationGovernanceComplaints(), "", "");
			Fria update = frias.save(notified.id(), notified.lockVersion(), changed);
			assertThat(update.state()).isEqualTo(FriaState.UPDATE_REQUIRED);
			Fria second = frias.complete(update.id(), update.lockVersion());
			assertThat(second.assessmentVersion()).isEqualTo(2);
			Fria again = frias.notifyAuthority(second.id(), second.lockVersion());
			assertThat(frias.notifications(again.id())).extracting(FriaNotification::assessmentVersion)
				.containsExactly(2, 1);
		});
	}

	@Test
	@DisplayName("Art 49(4): for a restricted system only C.1 to C.3 are kept and the registration never appears publicly")
	void restrictedTier() {
		EntryData restricted = TestData.sample("Restricted Use System")
			.withAnnexIIIPoint(AnnexIIIPoint.P6D, false)
			.minimisedForRestrictedSection();
		String number = testData.publish(testData.provider(), restricted);
		TestUser deployer = publicAuthority(OrganisationStatus.ACTIVE);
		notifiedFria(deployer, number);

		Deployment use = testData.as(deployer, () -> {
			assertThat(deployments.find(number)).singleElement().satisfies(link -> {
				assertThat(link.restricted()).isTrue();
				assertThat(link.linkable()).isTrue();
			});
			assertThat(deployments.find("Restricted Use System")).as("not found by name").isEmpty();
			Deployment draft = deployments.start(number);
			assertThat(draft.restricted()).isTrue();
			assertThatThrownBy(() -> deployments.save(draft.id(), draft.lockVersion(), registration("Summary")))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.errors()).extracting(FieldError::field)
							.contains("friaSummary", "memberStates", "useStart")
							.allSatisfy(field -> assertThat(DeploymentData.NOT_IN_RESTRICTED_SECTION).contains(field)));
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(),
					registration("").minimisedForRestrictedSection());
			assertThat(deployments.publish(saved.id(), saved.lockVersion(), "")).isEqualTo(1);
			return deployments.open(saved.id());
		});
		assertThat(use.data().friaSummary()).isEmpty();
		assertThat(queries.findLatest(use.id())).isEmpty();
		assertThat(queries.history(use.id())).isEmpty();
		assertThat(queries.deployersOf(number)).isEmpty();
		assertThat(queries.deployer(deployer.organisation())).isEmpty();
		assertThat(audited("deployment.published", use.id().value().toString())).singleElement()
			.satisfies(record -> assertThat(record.legalReference()).isEqualTo("Art 49(4)"));
	}

	@Test
	@DisplayName("Art 49(4): only approved public authorities find a restricted entry by number, within an hourly allowance and audited; to others it does not exist")
	void restrictedLookups() {
		String number = testData.publish(testData.provider(),
				TestData.sample("Border Screening Tool")
					.withAnnexIIIPoint(AnnexIIIPoint.P7B, false)
					.minimisedForRestrictedSection());
		TestUser privateDeployer = deployer();
		// TestData's deployers are public bodies; this one is a private company
		jdbc.update("UPDATE organisation SET public_authority = FALSE WHERE organisation_id = ?",
				privateDeployer.organisation().value());
		TestUser pendingAuthority = publicAuthority(OrganisationStatus.PENDING);
		TestUser authority = publicAuthority(OrganisationStatus.ACTIVE);

		testData.run(privateDeployer, () -> {
			assertThat(deployments.find(number)).isEmpty();
			assertThat(deployments.check(number)).isEqualTo(deployments.check("AIR-R-00000000"));
			assertThatThrownBy(() -> deployments.start(number)).isInstanceOfSatisfying(ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("deployment.link.NOT_REGISTERED"));
			assertThatThrownBy(() -> frias.openOrStart(number)).isInstanceOfSatisfying(ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("deployment.link.NOT_REGISTERED"));
		});
		assertThat(audited("restricted.lookup-refused", number)).isNotEmpty();
		assertThatThrownBy(() -> testData.run(pendingAuthority, () -> deployments.find(number)))
			.as("a pending organisation reaches no deployer feature")
			.isInstanceOf(AccessDeniedException.class);

		testData.run(authority, () -> {
			assertThat(deployments.find(number)).singleElement().satisfies(link -> {
				assertThat(link.restricted()).isTrue();
				assertThat(link.systemName()).isEqualTo("Border Screening Tool");
			});
			assertThat(deployments.find("Border Screening Tool")).as("never by name").isEmpty();
		});
		assertThat(audited("restricted.looked-up", number)).hasSize(1)
			.allSatisfy(record -> assertThat(record.legalReference()).isEqualTo("Art 49(4)"));

		testData.run(authority, () -> {
			for (int i = 1; i < 20; i++) {
				deployments.check(number);
			}
			assertThatThrownBy(() -> deployments.check(number)).isInstanceOfSatisfying(ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("deployment.lookup.tooMany"));
		});
	}

	@Test
	@DisplayName("Art 49(4): a registration follows the section of its entry at every publication of the entry")
	void registrationFollowsEntrySection() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Section Follower"));
		TestUser deployer = deployer();
		Deployment use = publishedUse(deployer, number, "Residual risk is low after review.");
		assertThat(queries.findLatest(use.id())).get()
			.extracting(PublicDeployment::systemName)
			.isEqualTo("Section Follower");

		republish(provider,
				TestData.sample("Section Follower secret")
					.withAnnexIIIPoint(AnnexIIIPoint.P6A, false)
					.minimisedForRestrictedSection(),
				"Reclassified as 6(a)");

		assertThat(queries.findLatest(use.id())).as("C.4 and the name leave public view").isEmpty();
		assertThat(queries.findVersion(use.id(), 1)).isEmpty();
		assertThat(queries.history(use.id())).isEmpty();
		assertThat(queries.deployersOf(number)).isEmpty();
		assertThat(queries.deployer(deployer.organisation())).isEmpty();
		assertThat(testData.as(deployer, () -> deployments.open(use.id()).restricted())).isTrue();

		republish(provider, TestData.sample("Section Follower"), "Back to 4(a)");

		assertThat(queries.findLatest(use.id())).as("its public version is public again")
			.get()
			.extracting(PublicDeployment::systemName)
			.isEqualTo("Section Follower");
	}

	private void republish(TestUser provider, EntryData data, String summary) {
		testData.run(provider, () -> {
			AiSystemId id = registry.myEntries().getFirst().id();
			DraftEntry draft = registry.saveDraft(id, registry.open(id).lockVersion(), data);
			registry.publish(id, draft.lockVersion(), summary);
		});
	}

	@Test
	@DisplayName("Art 3(16): when the provider recalls the system, every linked registration shows it and the deployer is e-mailed in its Member State's language")
	void recallReachesDeployers() {
		TestUser provider = testData.provider();
		String number = testData.publish(provider, TestData.sample("Soon Recalled"));
		TestUser deployer = deployer();
		testData.speaks(deployer, "de");
		Deployment use = publishedUse(deployer, number, "Summary before recall.");
		String deployerMail = "contact-" + deployer.email().substring(deployer.email().indexOf('-') + 1);

		testData.run(provider, () -> {
			AiSystemId id = registry.myEntries().getFirst().id();
			DraftEntry draft = registry.open(id);
			DraftEntry saved = registry.saveDraft(id, draft.lockVersion(),
					draft.data().withStatus(EntryStatus.RECALLED));
			registry.publish(id, saved.lockVersion(), "Recalled after a safety defect");
		});

		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> queries.findLatest(use.id()).orElseThrow().providerStatus() == EntryStatus.RECALLED);
		PublicDeployment shown = queries.findLatest(use.id()).orElseThrow();
		assertThat(shown.providerStopped()).isTrue();
		assertThat(shown.providerStatusChangedAt()).isNotNull();
		TestMailServer.Mail mail = TestMailServer.awaitMail(deployerMail, 1);
		// the deployer is established in Germany: the mail is German, the status a German
		// label
		assertThat(mail.subject())
			.isEqualTo("Ein von Ihnen verwendetes System wurde vom Markt genommen oder zurückgerufen");
		assertThat(mail.body()).contains("Soon Recalled")
			.contains(number)
			.contains("als zurückgerufen gemeldet")
			.contains("Guten Tag")
			.doesNotContain("RECALLED")
			.doesNotContain("Hello");
		testData.run(deployer,
				() -> assertThat(deployments.open(use.id()).providerStatus()).isEqualTo(EntryStatus.RECALLED));

		// the existing registration stays updatable; after a recall the update records
		// the last day of use (Art 3(16))
		testData.run(deployer, () -> {
			Deployment current = deployments.open(use.id());
			Deployment changed = deployments.save(current.id(), current.lockVersion(),
					registration("Summary before recall, use ending."));
			assertThatThrownBy(() -> deployments.publish(changed.id(), changed.lockVersion(), "Use ends"))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
					.extracting(FieldError::field, FieldError::messageKey)
					.contains(org.assertj.core.groups.Tuple.tuple("useEnd", "deployment.validation.useEnd.recalled")));
			DeploymentData ended = new DeploymentData(changed.data().deployerAddress(),
					changed.data().deployerContact(), changed.data().submitterContact(), changed.data().friaSummary(),
					false, "", changed.data().memberStates(), changed.data().useStart(), LocalDate.of(2028, 3, 31),
					RegistrationBasis.PUBLIC_AUTHORITY, "");
			Deployment saved = deployments.save(changed.id(), changed.lockVersion(), ended);
			assertThat(deployments.publish(saved.id(), saved.lockVersion(), "Use ended after the recall")).isEqualTo(2);
		});
	}

	@Autowired
	org.airegistry.organisation.OrganisationService organisations;

	/** A deployer of a new organisation with this seat and public character. */
	TestUser deployerOf(String country, org.airegistry.organisation.PublicCharacter character, Role role,
			OrganisationRole organisationRole) {
		String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
		var organisation = organisations.createOrganisation(
				new org.airegistry.organisation.NewOrganisation("Organisation " + unique, country,
						"contact-" + unique + "@example.org", Set.of(organisationRole), true, character),
				OrganisationStatus.ACTIVE);
		String email = "user-" + unique + "@example.org";
		organisations.createUser(organisation, new org.airegistry.organisation.NewUser(email, TestData.PASSWORD,
				"User " + unique, Set.of(role), false));
		return new TestUser(email, organisation, "Organisation " + unique);
	}

	@Test
	@DisplayName("Art 27(1): the claimed basis must fit the organisation; the use may not start before the assessment")
	void basisAndFirstUse() {
		String number = testData.publish(testData.provider(), TestData.sample("Order Checked"));
		TestUser privateCompany = deployerOf("DE", org.airegistry.organisation.PublicCharacter.none(), Role.DEPLOYER,
				OrganisationRole.DEPLOYER);
		testData.run(privateCompany, () -> {
			Fria fria = frias.openOrStart(number);
			Fria saved = frias.save(fria.id(), fria.lockVersion(), completeFria());
			assertThatThrownBy(() -> frias.complete(saved.id(), saved.lockVersion())).isInstanceOfSatisfying(
					InvalidInputException.class, ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("fria.validation.basis.notPublicLawBody"));
			FriaData voluntary = new FriaData(FriaBasis.VOLUNTARY, completeFria().processes(),
					completeFria().periodAndFrequency(), completeFria().affectedCategories(),
					completeFria().specificRisks(), completeFria().humanOversight(),
					completeFria().mitigationGovernanceComplaints(), "", "");
			Fria changed = frias.save(saved.id(), saved.lockVersion(), voluntary);
			Fria completed = frias.complete(changed.id(), changed.lockVersion());
			assertThat(completed.firstCompletedAt()).isNotNull();

			Deployment draft = deployments.start(number);
			DeploymentData early = new DeploymentData("Street 1", "ai@example.org", "IT", "Summary", false, "",
					Set.of(MemberState.DE), LocalDate.of(2025, 1, 1), null, RegistrationBasis.PUBLIC_AUTHORITY, "");
			Deployment saved2 = deployments.save(draft.id(), draft.lockVersion(), early);
			assertThatThrownBy(() -> deployments.publish(saved2.id(), saved2.lockVersion(), "")).isInstanceOfSatisfying(
					InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field, FieldError::messageKey)
						.contains(
								org.assertj.core.groups.Tuple.tuple("useStart",
										"deployment.validation.useStart.beforeFria"),
								// Art 49(3): a private company does not register as a
								// public
								// authority
								org.assertj.core.groups.Tuple.tuple("registrationBasis",
										"deployment.validation.basis.notPublicAuthority")));
			// Art 49(3): on behalf of a named public authority it registers, and the
			// public page says so
			Deployment reopened = deployments.open(saved2.id());
			DeploymentData onBehalf = new DeploymentData("Street 1", "ai@example.org", "IT", "Summary", false, "",
					Set.of(MemberState.DE), LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).plusDays(1), null,
					RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY, "City of Example");
			Deployment saved3 = deployments.save(reopened.id(), reopened.lockVersion(), onBehalf);
			assertThat(deployments.publish(saved3.id(), saved3.lockVersion(), "")).isEqualTo(1);
			assertThat(new DeploymentFields().describe(deployments.open(saved3.id()).data(),
					(key, args) -> key + java.util.Arrays.toString(args), java.util.Locale.ENGLISH))
				.anySatisfy(field -> {
					assertThat(field.key()).isEqualTo("registrationBasis");
					assertThat(field.value()).isEqualTo("deployment.basis.onBehalfOfNamed[City of Example]");
				});
		});
	}

	@Test
	@DisplayName("Art 49(3), Art 26(8): a public authority's registration is an obligation, never voluntary")
	void publicAuthorityNotVoluntary() {
		String number = testData.publish(testData.provider(), TestData.sample("Mandatory Registration"));
		TestUser authority = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		notifiedFria(authority, number);
		testData.run(authority, () -> {
			Deployment draft = deployments.start(number);
			// preset from the organisation's public character, still shown and changeable
			assertThat(draft.data().registrationBasis()).isEqualTo(RegistrationBasis.PUBLIC_AUTHORITY);
			DeploymentData voluntary = new DeploymentData("Street 1", "ai@example.org", "IT", "Summary", false, "",
					Set.of(MemberState.DE), LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).plusDays(1), null,
					RegistrationBasis.VOLUNTARY, "");
			Deployment saved = deployments.save(draft.id(), draft.lockVersion(), voluntary);
			assertThatThrownBy(() -> deployments.publish(saved.id(), saved.lockVersion(), "")).isInstanceOfSatisfying(
					InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field, FieldError::messageKey)
						.contains(org.assertj.core.groups.Tuple.tuple("registrationBasis",
								"deployment.validation.basis.mandatory")));
		});
	}

	@Test
	@DisplayName("Art 27(3): a notification reaches the authority of the deployer's Member State only")
	void notificationRoutedByMemberState() {
		String number = testData.publish(testData.provider(), TestData.sample("Routed FRIA"));
		TestUser deployerAt = deployerOf("AT", new org.airegistry.organisation.PublicCharacter(true, true, false),
				Role.DEPLOYER, OrganisationRole.DEPLOYER);
		notifiedFria(deployerAt, number);
		TestUser regulatorAt = testData.regulator(MemberState.AT, Competence.FRIA_NOTIFICATIONS);
		TestUser regulatorDe = regulator();
		List<FriaNotification> austrian = testData.as(regulatorAt, () -> oversight.inbox(100));
		assertThat(austrian).extracting(FriaNotification::providerRegistrationNumber).contains(number);
		assertThat(testData.as(regulatorDe, () -> oversight.inbox(100)))
			.extracting(FriaNotification::providerRegistrationNumber)
			.doesNotContain(number);
		java.util.UUID id = austrian.stream()
			.filter(n -> n.providerRegistrationNumber().equals(number))
			.findFirst()
			.orElseThrow()
			.id();
		assertThatThrownBy(() -> testData.as(regulatorDe, () -> oversight.open(id)))
			.isInstanceOf(NotFoundException.class);
		// the Austrian authority's complaints handler without the FRIA competence sees no
		// inbox
		TestUser complaintsOnlyAt = testData.regulator(MemberState.AT, Competence.COMPLAINTS);
		assertThatThrownBy(() -> testData.as(complaintsOnlyAt, () -> oversight.inbox(100)))
			.isInstanceOf(AccessDeniedException.class);
		// Greece: the authority's jurisdiction is EL (EU code), the deployer's seat GR
		// (ISO code)
		String greekNumber = testData.publish(testData.provider(), TestData.sample("Routed FRIA EL"));
		notifiedFria(deployerOf("GR", new org.airegistry.organisation.PublicCharacter(true, true, false), Role.DEPLOYER,
				OrganisationRole.DEPLOYER), greekNumber);
		assertThat(testData.as(testData.regulator(MemberState.EL, Competence.FRIA_NOTIFICATIONS),
				() -> oversight.inbox(100)))
			.extracting(FriaNotification::providerRegistrationNumber)
			.contains(greekNumber)
			.doesNotContain(number);
	}

	@Test
	@DisplayName("Art 49(4), Art 74(8), DD075: the assessment of a system in the non-public section reaches only FRIA "
			+ "handlers who may read that section; to the others it does not exist")
	void nonPublicFriaOnlyForReadersOfTheSection() {
		String number = testData.publishRestricted(testData.provider(), "Inbox Hidden Use", AnnexIIIPoint.P6D);
		Fria notified = notifiedFria(publicAuthority(OrganisationStatus.ACTIVE), number);

		TestUser competent = testData.regulator(MemberState.DE, Competence.FRIA_NOTIFICATIONS,
				Competence.RESTRICTED_SECTION);
		FriaNotification received = testData.as(competent,
				() -> oversight.inbox(500)
					.stream()
					.filter(notification -> notification.friaId().equals(notified.id()))
					.findFirst()
					.orElseThrow());
		assertThat(received.providerRegistrationNumber()).isEqualTo(number);

		TestUser friaOnly = testData.regulator(MemberState.DE, Competence.FRIA_NOTIFICATIONS);
		assertThat(testData.as(friaOnly, () -> oversight.inbox(500)))
			.extracting(FriaNotification::providerRegistrationNumber)
			.doesNotContain(number);
		assertThatThrownBy(() -> testData.as(friaOnly, () -> oversight.open(received.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> testData.as(friaOnly, () -> oversight.acknowledge(received.id())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("Art 26(8): a notice about an unregistered system is stored for the provider; the mail says there is one and links to it, without the deployer's text")
	void noticeToProvider() {
		TestUser provider = testData.provider();
		testData.speaks(provider, "de");
		TestUser deployer = deployer();
		String providerMail = "contact-" + provider.email().substring(provider.email().indexOf('-') + 1);

		testData.run(deployer, () -> {
			assertThatThrownBy(() -> deployments.sendNotice(null, "", "")).isInstanceOfSatisfying(
					InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("provider", "system"));
			deployments.sendNotice(provider.organisation(), "TalentMatch 5 beta", "Please register it.");
		});

		assertThat(testData.as(provider, () -> notices.myNotices())).singleElement().satisfies(notice -> {
			assertThat(notice.deployerName()).isEqualTo(deployer.organisationName());
			assertThat(notice.systemDescription()).isEqualTo("TalentMatch 5 beta");
		});
		TestMailServer.Mail mail = TestMailServer.awaitMail(providerMail, 1);
		// the provider is established in Germany: the mail is German and cites the Act as
		// its German version does
		assertThat(mail.body()).contains(deployer.organisationName())
			.contains("Art. 26 Abs. 8")
			.contains("/workspace")
			.doesNotContain("TalentMatch 5 beta")
			.doesNotContain("Please register it.");
		assertThat(testData.as(testData.provider(), () -> notices.myNotices())).isEmpty();
	}

	@Test
	@DisplayName("Mail abuse: an organisation awaiting approval sends no notice; an approved one only so many per provider and day")
	void noticesAreLimited() {
		TestUser provider = testData.provider();
		TestUser pending = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.PENDING);
		// an organisation not approved reaches no deployer feature at all (DD022)
		testData.run(pending,
				() -> assertThatThrownBy(() -> deployments.sendNotice(provider.organisation(), "Spam", "Buy now"))
					.isInstanceOf(AccessDeniedException.class));
		TestUser deployer = deployer();
		testData.run(deployer, () -> {
			for (int i = 0; i < 5; i++) {
				deployments.sendNotice(provider.organisation(), "System " + i, "Please register it.");
			}
			assertThatThrownBy(() -> deployments.sendNotice(provider.organisation(), "System 6", "Again."))
				.isInstanceOfSatisfying(ActionRefusedException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("mail.limit.recipient"));
		});
		assertThat(testData.as(provider, () -> notices.myNotices())).as("nothing stored for the refused one")
			.hasSize(5);
	}

}
