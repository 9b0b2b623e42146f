package org.airegistry.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.airegistry.organisation.NewOrganisation;
import org.airegistry.organisation.NewUser;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.Art63Condition;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.SectionB;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Art 86 scope both ways and Art 85 complaints on PostgreSQL with real SMTP: Section B
 * and point 2 systems are not covered; decisions taken with a system that has no public
 * entry can be asked about by naming the deployer; complaints can be filed on their own
 * and, like escalations, reach only the authority of the relevant Member State.
 */
@PostgresTest
class ComplaintsAndScopeIT {

	@Autowired
	ExplanationService explanations;

	@Autowired
	ComplaintService complaints;

	@Autowired
	OrganisationService organisations;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A user of a new active organisation seated in the given country. */
	TestUser userIn(String country, Role role, OrganisationRole organisationRole) {
		String unique = unique();
		String name = "Organisation " + country + " " + unique;
		OrganisationId organisation = organisations.createOrganisation(new NewOrganisation(name, country,
				"contact-" + unique + "@example.org", Set.of(organisationRole), true), OrganisationStatus.ACTIVE);
		String email = role.name().toLowerCase() + "-" + unique + "@example.org";
		organisations.createUser(organisation,
				new NewUser(email, TestData.PASSWORD, "User " + unique, Set.of(role), false));
		return new TestUser(email, organisation, name);
	}

	NewExplanationRequest request(String system, TestUser deployer, String email, String description) {
		return new NewExplanationRequest(system, deployer.organisation(), "My benefit was reduced.",
				LocalDate.of(2026, 10, 5), "", "The reduction leaves me without enough to live on.", email, "en",
				description);
	}

	static Stream<Arguments> scope() {
		EntryData sample = TestData.sample("Scope");
		EntryData sectionB = sample.asSectionB(new SectionB(Set.of(Art63Condition.D_PREPARATORY_TASK), false, ""))
			.minimisedForSection(true);
		EntryData pointTwoSectionB = sectionB.withAnnexIIIPoint(AnnexIIIPoint.P2, false);
		return Stream.of(Arguments.of("Art 86(1): a high-risk system of Annex III point 4(a) is covered", sample, null),
				Arguments.of("Art 86(1), Art 6(3): a system registered as not high-risk (Section B) is not covered",
						sectionB, "explanation.error.sectionB"),
				Arguments.of("Art 86(1): Annex III point 2 (critical infrastructure) is not covered", pointTwoSectionB,
						"explanation.error.notAnnexIII"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scope")
	@DisplayName("Art 86(1): which systems give a right to an explanation")
	void scopeOfArticle86(String article, EntryData entry, String refusal) {
		String system = testData.publish(testData.provider(), entry.withTradeName("Scope " + unique()));
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String email = "scope-" + unique() + "@private.example";
		if (refusal == null) {
			assertThat(explanations.file(request(system, deployer, email, ""), "10.9.0.1")).startsWith("EXR-");
			return;
		}
		assertThatThrownBy(() -> explanations.file(request(system, deployer, email, ""), "10.9.0.1"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey).containsExactly(refusal));
	}

	@Test
	@DisplayName("Art 86, Art 49(4): a decision taken with a system without public entry is filed against the deployer, revealing nothing")
	void unlistedSystem() {
		TestUser police = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String restricted = testData.publish(testData.provider(),
				TestData.sample("Restricted Risk Tool " + unique())
					.withAnnexIIIPoint(AnnexIIIPoint.P6A, false)
					.minimisedForRestrictedSection());
		String email = "unlisted-" + unique() + "@private.example";
		// the restricted number is treated exactly like one that does not exist
		assertThatThrownBy(() -> explanations.file(request(restricted, police, email, ""), "10.9.1.1"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("explanation.error.system"));
		assertThatThrownBy(() -> explanations.file(request("AIR-999998", police, email, ""), "10.9.1.1"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("explanation.error.system"));

		String reference = explanations.file(request("", police, email, "Risk score shown in my police file"),
				"10.9.1.1");
		String token = TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY);
		String tracking = explanations.verify(token).orElseThrow().trackingToken();
		ExplanationRequest tracked = explanations.track(tracking).orElseThrow();
		assertThat(tracked.namesSystem()).isFalse();
		assertThat(tracked.systemName()).isEmpty();
		assertThat(tracked.systemDescription()).isEqualTo("Risk score shown in my police file");
		ExplanationRequest atDeployer = testData.as(police, () -> explanations.forDeployer(reference));
		assertThat(atDeployer.systemDescription()).isEqualTo("Risk score shown in my police file");
		assertThat(atDeployer.registrationNumber()).isEmpty();
		// encrypted at rest like every free text of the person
		assertThat(jdbc.queryForObject("SELECT system_description_enc FROM explanation_request WHERE reference = ?",
				String.class, reference))
			.doesNotContain("police");
	}

	@Test
	@DisplayName("Art 85, 86: an escalated request reaches only the authority of the deployer's Member State")
	void escalationRoutedByMemberState() {
		TestUser deployerFr = userIn("FR", Role.DEPLOYER, OrganisationRole.DEPLOYER);
		TestUser regulatorFr = testData.regulator(MemberState.FR, Competence.COMPLAINTS);
		TestUser regulatorDe = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		String system = testData.publish(testData.provider(), testData.sampleEntry("Routed " + unique()));
		String email = "routed-" + unique() + "@private.example";
		String reference = explanations.file(request(system, deployerFr, email, ""), "10.9.2.1");
		String tracking = explanations.verify(TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY))
			.orElseThrow()
			.trackingToken();
		testData.run(deployerFr, () -> explanations.markNotEligible(reference, "Not taken with the system."));
		explanations.escalate(tracking, "The system was used; I want the authority to check.");

		assertThat(testData.as(regulatorFr, explanations::complaints)).extracting(InboxItem::reference)
			.contains(reference);
		assertThat(testData.as(regulatorDe, explanations::complaints)).extracting(InboxItem::reference)
			.doesNotContain(reference);
		assertThatThrownBy(() -> testData.as(regulatorDe, () -> explanations.complaint(reference)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> testData.run(regulatorDe, () -> explanations.closeComplaint(reference, "Closed.")))
			.isInstanceOf(NotFoundException.class);
		// the French authority's FRIA handler without the complaints competence sees no
		// complaint
		TestUser friaOnlyFr = testData.regulator(MemberState.FR, Competence.FRIA_NOTIFICATIONS);
		assertThatThrownBy(() -> testData.as(friaOnlyFr, explanations::complaints))
			.isInstanceOf(AccessDeniedException.class);
		testData.run(regulatorFr, () -> explanations.closeComplaint(reference, "We contacted the deployer."));
	}

	@Test
	@DisplayName("Art 85: any person complains on their own; the complaint reaches only the authority of the Member State named")
	void standaloneComplaint() {
		TestUser regulatorDe = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		TestUser regulatorNl = testData.regulator(MemberState.NL, Competence.COMPLAINTS);
		String system = testData.publish(testData.provider(), testData.sampleEntry("Complained " + unique()));
		String email = "complainant-" + unique() + "@private.example";

		assertThatThrownBy(() -> complaints
			.file(new NewComplaint(null, null, "", "", "AIR-999997", "", "not-an-address", "en"), "10.9.3.1"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field)
						.containsExactlyInAnyOrder("memberState", "kind", "registrationNumber", "operator",
								"infringement", "email"));
		assertThatThrownBy(() -> complaints.file(new NewComplaint(MemberState.DE, ComplainantKind.LEGAL_PERSON, "",
				"Acme", "", "Used without registration.", email, "en"), "10.9.3.1"))
			.as("a legal person names itself")
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("complainant"));

		String reference = complaints.file(
				new NewComplaint(MemberState.DE, ComplainantKind.NATURAL_PERSON, "", "", system,
						"I believe this system is used without the required human oversight.", email, "en"),
				"10.9.3.1");
		assertThat(reference).startsWith("CMP-");
		assertThat(testData.as(regulatorDe, complaints::inbox)).extracting(Complaint::reference)
			.doesNotContain(reference);
		String token = TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY_COMPLAINT);
		String tracking = complaints.verify(token).orElseThrow().trackingToken();
		assertThat(complaints.verify(token)).isEmpty();

		List<Complaint> inboxDe = testData.as(regulatorDe, complaints::inbox);
		assertThat(inboxDe).extracting(Complaint::reference).contains(reference);
		Complaint filed = inboxDe.stream().filter(c -> c.reference().equals(reference)).findFirst().orElseThrow();
		assertThat(filed.registrationNumber()).isEqualTo(system);
		assertThat(filed.operator()).as("the provider of the named entry").isNotBlank();
		assertThat(testData.as(regulatorNl, complaints::inbox)).extracting(Complaint::reference)
			.doesNotContain(reference);
		assertThatThrownBy(() -> testData.as(regulatorNl, () -> complaints.open(reference)))
			.isInstanceOf(NotFoundException.class);

		testData.run(regulatorDe, () -> complaints.acknowledge(reference));
		assertThat(complaints.track(tracking).orElseThrow().state()).isEqualTo(ComplaintState.ACKNOWLEDGED);
		testData.run(regulatorDe, () -> complaints.close(reference, "We asked the deployer for its oversight plan."));
		Complaint closed = complaints.track(tracking).orElseThrow();
		assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
		assertThat(closed.outcome()).isEqualTo("We asked the deployer for its oversight plan.");
		assertThat(TestMailServer.awaitMail(email, 2).subject()).contains(reference);
		// encrypted at rest
		assertThat(jdbc.queryForObject("SELECT infringement_enc FROM complaint WHERE reference = ?", String.class,
				reference))
			.doesNotContain("oversight");
	}

	@Test
	@DisplayName("Art 85: a complaint filed in German is confirmed by a German mail with its umlauts intact")
	void germanMailText() {
		String email = "beschwerde-" + unique() + "@private.example";
		String reference = complaints.file(new NewComplaint(MemberState.DE, ComplainantKind.NATURAL_PERSON, "",
				"Stadt Beispiel", "", "Das System wird ohne menschliche Aufsicht verwendet.", email, "de"), "10.9.4.1");
		TestMailServer.Mail mail = TestMailServer.awaitMail(email, 1);
		assertThat(mail.subject()).isEqualTo("Bitte bestätigen Sie Ihre Beschwerde " + reference);
		assertThat(mail.body()).contains("Marktüberwachungsbehörde");
	}

}
