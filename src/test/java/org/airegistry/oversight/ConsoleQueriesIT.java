package org.airegistry.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditRecord;
import org.airegistry.audit.AuditTrail;
import org.airegistry.deployment.Deployment;
import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.deployment.DeploymentOversight;
import org.airegistry.deployment.DeploymentService;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaService;
import org.airegistry.deployment.UnregisteredAuthority;
import org.airegistry.explanation.ExplanationOversight;
import org.airegistry.explanation.ExplanationOversight.Filter;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.RequestState;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryStatistics;
import org.airegistry.registry.RestrictedQuery;
import org.airegistry.registry.RestrictedSection;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.ConsoleTestData;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The console's new queries on PostgreSQL: explanation-request aggregates, deployers to
 * look at, expired certificates and the search of the non-public section with its audit.
 */
@PostgresTest
class ConsoleQueriesIT {

	@Autowired
	TestData testData;

	@Autowired
	ExplanationService explanationService;

	@Autowired
	ExplanationOversight explanations;

	@Autowired
	DeploymentOversight deployments;

	@Autowired
	DeploymentService deploymentService;

	@Autowired
	FriaService frias;

	@Autowired
	RegistryStatistics statistics;

	@Autowired
	RestrictedSection restricted;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	ConsoleTestData data;

	TestUser regulator;

	@BeforeEach
	void prepare() {
		data = new ConsoleTestData(testData, explanationService, frias, jdbc);
		regulator = data.regulator();
	}

	ExplanationOversight.Overview overview(Filter filter) {
		return testData.as(regulator, () -> explanations.overview(filter));
	}

	static long overdueOf(ExplanationOversight.Overview overview, TestUser deployer) {
		return overview.overduePerDeployer()
			.stream()
			.filter(line -> line.deployer().equals(deployer.organisation()))
			.mapToLong(ExplanationOversight.DeployerOverdue::overdue)
			.sum();
	}

	@Test
	@DisplayName("Art 86: requests per state and overdue per deployer, filtered by the deployer's Member State and the submission period; counts only")
	void explanationAggregates() {
		ExplanationOversight.Overview before = overview(Filter.ALL);
		TestUser deployer = data.deployer();
		TestUser other = data.deployer();
		String system = data.publishSystem("Aggregated System " + ConsoleTestData.unique());
		data.overdueRequest(system, deployer);
		data.overdueRequest(system, deployer);
		String answered = data.reference(data.verifiedRequest(system, other));
		testData.run(other, () -> explanationService.answer(answered, "The system ranked the applications.",
				"Your experience counted most; the score was below the threshold.", false));

		ExplanationOversight.Overview after = overview(Filter.ALL);
		assertThat(after.perState().get(RequestState.SUBMITTED) - before.perState().get(RequestState.SUBMITTED))
			.isEqualTo(2);
		assertThat(after.perState().get(RequestState.ANSWERED) - before.perState().get(RequestState.ANSWERED))
			.isEqualTo(1);
		assertThat(after.perState()).doesNotContainKey(RequestState.AWAITING_VERIFICATION);
		assertThat(overdueOf(after, deployer)).isEqualTo(2);
		assertThat(overdueOf(after, other)).isZero();
		assertThat(after.overdue() - before.overdue()).isEqualTo(2);
		assertThat(after.overduePerDeployer()).filteredOn(line -> line.deployer().equals(deployer.organisation()))
			.singleElement()
			.satisfies(line -> assertThat(line.deployerName()).isEqualTo(deployer.organisationName()));
		assertThat(after.toString()).doesNotContain("@private.example").doesNotContain(answered);

		assertThat(overdueOf(overview(new Filter(MemberState.DE, null, null)), deployer)).isEqualTo(2);
		assertThat(overdueOf(overview(new Filter(MemberState.MT, null, null)), deployer)).isZero();
		LocalDate submitted = LocalDate.now().minusDays(40);
		assertThat(overdueOf(overview(new Filter(null, submitted.minusDays(2), submitted.plusDays(2))), deployer))
			.isEqualTo(2);
		assertThat(overdueOf(overview(new Filter(null, submitted.plusDays(3), null)), deployer)).isZero();
		assertThat(testData.as(regulator, explanations::overdueCount)).isEqualTo(after.overdue());

		assertThatThrownBy(() -> testData.as(deployer, () -> explanations.overview(Filter.ALL)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("Art 49(3), Art 26(8): approved public-authority deployers without any registration are listed; those with one, pending ones and private deployers are not")
	void unregisteredPublicAuthorities() {
		TestUser silent = data.deployer();
		TestUser registered = data.deployer();
		TestUser privateDeployer = data.deployer();
		TestUser pending = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.PENDING);
		for (TestUser authority : List.of(silent, registered, pending)) {
			jdbc.update("UPDATE organisation SET public_authority = TRUE WHERE organisation_id = ?",
					authority.organisation().value());
		}
		// test deployers are public bodies by default (TestData): this one is a private
		// company that declares no public character at all
		jdbc.update(
				"UPDATE organisation SET public_authority = FALSE, public_law_body = FALSE, "
						+ "provides_public_services = FALSE WHERE organisation_id = ?",
				privateDeployer.organisation().value());
		String system = data.publishSystem("Registered Use " + ConsoleTestData.unique());
		data.friaNotification(system, registered);
		testData.run(registered, () -> {
			Deployment draft = deploymentService.start(system);
			Deployment saved = deploymentService.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Town hall 1", "ai@town.example", "IT department", "Summary of the FRIA", false,
							"", Set.of(MemberState.DE), LocalDate.of(2027, 1, 1), null,
							RegistrationBasis.PUBLIC_AUTHORITY, ""));
			deploymentService.publish(saved.id(), saved.lockVersion(), "");
		});

		List<UnregisteredAuthority> listed = testData.as(regulator, deployments::publicAuthoritiesWithoutRegistration);
		assertThat(listed).extracting(UnregisteredAuthority::organisation)
			.contains(silent.organisation())
			.doesNotContain(registered.organisation(), privateDeployer.organisation(), pending.organisation());
		assertThat(listed).filteredOn(line -> line.organisation().equals(silent.organisation()))
			.singleElement()
			.satisfies(line -> assertThat(line.country()).isEqualTo("DE"));
	}

	@Test
	@DisplayName("Art 49(4), DD075: a public authority whose only registration is in the non-public section is "
			+ "listed as without a registration to a regulator who may not read that section (the list does not tell "
			+ "that it uses a non-public system); a competent regulator sees it registered")
	void unregisteredPublicAuthoritiesKeepTheNonPublicSection() {
		TestUser nonPublicOnly = data.deployer();
		jdbc.update("UPDATE organisation SET public_authority = TRUE WHERE organisation_id = ?",
				nonPublicOnly.organisation().value());
		String system = data.publishRestricted("Border Queue " + ConsoleTestData.unique(), AnnexIIIPoint.P7B);
		data.friaNotification(system, nonPublicOnly);
		testData.run(nonPublicOnly, () -> {
			Deployment draft = deploymentService.start(system);
			Deployment saved = deploymentService.save(draft.id(), draft.lockVersion(),
					new DeploymentData("Town hall 1", "ai@town.example", "IT department", "", false, "", Set.of(), null,
							null, RegistrationBasis.PUBLIC_AUTHORITY, ""));
			deploymentService.publish(saved.id(), saved.lockVersion(), "");
		});

		TestUser incompetent = testData.regulator(MemberState.DE);
		assertThat(testData.as(incompetent, deployments::publicAuthoritiesWithoutRegistration))
			.extracting(UnregisteredAuthority::organisation)
			.contains(nonPublicOnly.organisation());
		assertThat(testData.as(testData.regulator(MemberState.DE, org.airegistry.shared.Competence.RESTRICTED_SECTION),
				deployments::publicAuthoritiesWithoutRegistration))
			.extracting(UnregisteredAuthority::organisation)
			.doesNotContain(nonPublicOnly.organisation());
	}

	@Test
	@DisplayName("Art 27(2): a notified FRIA changed afterwards awaits a new notification until it is notified again")
	void friasAwaitingUpdate() {
		int before = testData.as(regulator, deployments::friasAwaitingUpdate);
		TestUser deployer = data.deployer();
		String system = data.publishSystem("Fria Update " + ConsoleTestData.unique());
		data.friaNotification(system, deployer);
		assertThat(testData.as(regulator, deployments::friasAwaitingUpdate)).isEqualTo(before);
		data.friaChanged(system, deployer);
		assertThat(testData.as(regulator, deployments::friasAwaitingUpdate)).isEqualTo(before + 1);
		Fria completed = testData.as(deployer, () -> {
			Fria fria = frias.findForSystem(system).orElseThrow();
			return frias.complete(fria.id(), fria.lockVersion());
		});
		assertThat(testData.as(regulator, deployments::friasAwaitingUpdate)).as("completed but not notified again")
			.isEqualTo(before + 1);
		testData.run(deployer, () -> frias.notifyAuthority(completed.id(), completed.lockVersion()));
		assertThat(testData.as(regulator, deployments::friasAwaitingUpdate)).isEqualTo(before);
	}

	@Test
	@DisplayName("Annex VIII A.8, Art 44(2): entries whose notified-body certificate expired are due for review; valid ones are not")
	void expiredCertificates() {
		String expired = data.publishWithCertificate("Lapsed Certificate " + ConsoleTestData.unique(),
				LocalDate.now().minusDays(1));
		String valid = data.publishWithCertificate("Running Certificate " + ConsoleTestData.unique(),
				LocalDate.now().plusDays(2));
		List<RegistryStatistics.ExpiredCertificate> due = testData.as(regulator, statistics::expiredCertificates);
		assertThat(due).extracting(RegistryStatistics.ExpiredCertificate::registrationNumber)
			.contains(expired)
			.doesNotContain(valid);
		assertThat(due).filteredOn(line -> line.registrationNumber().equals(expired))
			.singleElement()
			.satisfies(line -> assertThat(line.expiryDate()).isEqualTo(LocalDate.now().minusDays(1)));
	}

	@Test
	@DisplayName("Art 49(4): the non-public section is searched in PostgreSQL by provider name and text, wildcards are literal, and each search is audited with its query only")
	void restrictedSearchAudited() {
		String token = "Wq" + ConsoleTestData.unique();
		String policing = data.publishRestricted("Predictive Patrol " + token, AnnexIIIPoint.P6D);
		String border = data.publishRestricted("Gate Matcher " + token, AnnexIIIPoint.P7A);
		String provider = testData
			.as(regulator, () -> restricted.search(new RestrictedQuery(token, null, null, null), 50))
			.stream()
			.filter(entry -> entry.registrationNumber().equals(policing))
			.findFirst()
			.orElseThrow()
			.providerName();

		List<PublicEntry> byProvider = testData.as(regulator,
				() -> restricted.search(new RestrictedQuery(provider.toUpperCase(), null, null, null), 50));
		assertThat(byProvider).extracting(PublicEntry::registrationNumber).containsExactly(policing);
		List<PublicEntry> migration = testData.as(regulator,
				() -> restricted.search(new RestrictedQuery(token, 7, MemberState.FR, null), 50));
		assertThat(migration).extracting(PublicEntry::registrationNumber).containsExactly(border);
		assertThat(
				testData.as(regulator, () -> restricted.search(new RestrictedQuery("%" + token, null, null, null), 50)))
			.as("a percent sign is a character, not a wildcard")
			.isEmpty();

		List<AuditRecord> records = testData.as(regulator,
				() -> trail.page(new AuditFilter("restricted.searched", regulator.email(), null, null), 0, 100));
		assertThat(records).hasSize(4).allSatisfy(record -> {
			assertThat(record.legalReference()).isEqualTo("Art 49(4)");
			assertThat(record.after()).startsWith("text=");
			assertThat(record.after()).doesNotContain(policing).doesNotContain(border).doesNotContain("Predictive");
		});
		assertThat(records).extracting(AuditRecord::after).contains("text=\"" + token + "\" annexIII=7 memberState=FR");
	}

}
