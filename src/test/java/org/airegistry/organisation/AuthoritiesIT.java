package org.airegistry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditRecord;
import org.airegistry.audit.AuditTrail;
import org.airegistry.deployment.FriaOversight;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.gpai.GpaiOversight;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.registry.RestrictedSection;
import org.airegistry.security.Actor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.security.SecondFactors;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.airegistry.testsupport.WebSessions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The authority model on PostgreSQL: administrators create authorities and their users
 * with competences, other modules route cases by Member State and competence, the
 * existing regulator features require their competence, and changes reach a logged-in
 * user at their next request.
 */
@PostgresTest
class AuthoritiesIT {

	@LocalServerPort
	int port;

	@Autowired
	AuthorityAdministration administration;

	@Autowired
	Authorities authorities;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	AuditTrail trail;

	@Autowired
	RestrictedSection restricted;

	@Autowired
	FriaOversight frias;

	@Autowired
	ExplanationService explanations;

	@Autowired
	GpaiOversight gpai;

	@Autowired
	TestData testData;

	@Autowired
	SecondFactors secondFactors;

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	OrganisationId authority(TestUser admin, String name, AuthorityKind kind, MemberState memberState) {
		return testData.as(admin, () -> administration
			.createAuthority(new NewAuthority(name, kind, memberState, "contact-" + unique() + "@authority.example")));
	}

	/** Adds a user by invitation and completes the invitation as the invitee would. */
	UserId invite(TestUser admin, OrganisationId authority, String email, Competence... competences) {
		UserId user = testData.as(admin, () -> administration.addUser(authority,
				new NewAuthorityUser(email, competences.length == 0 ? Set.of() : EnumSet.copyOf(List.of(competences))),
				"en"));
		String token = TestMailServer.awaitMail(email, 1).token(AccountService.INVITATION_ROUTE);
		assertThat(accounts.acceptInvitation(token, "Invited " + email, TestData.PASSWORD))
			.isEqualTo(TokenCheck.ACCEPTED);
		return user;
	}

	Actor actor(String email) {
		return organisations.activeAccount(email).orElseThrow().actor();
	}

	@Test
	@DisplayName("Art 70, Art 85: an administrator creates a Member State's market surveillance authority and "
			+ "its users; cases are routed to it by Member State and competence")
	void createAndRoute() {
		TestUser admin = testData.administrator();
		String name = "Autorità di vigilanza " + unique();
		OrganisationId msa = authority(admin, name, AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY, MemberState.MT);
		String email = "handler-" + unique() + "@msa-mt.example";
		invite(admin, msa, email, Competence.COMPLAINTS, Competence.FRIA_NOTIFICATIONS);

		Actor handler = actor(email);
		assertThat(handler.roles()).containsExactly(Role.REGULATOR);
		assertThat(handler.jurisdiction()).isEqualTo(Jurisdiction.national(MemberState.MT));
		assertThat(handler.competences()).containsExactlyInAnyOrder(Competence.COMPLAINTS,
				Competence.FRIA_NOTIFICATIONS);
		assertThat(handler.competentFor(Competence.COMPLAINTS, MemberState.MT)).isTrue();
		assertThat(handler.competentFor(Competence.COMPLAINTS, MemberState.DE)).isFalse();
		assertThat(handler.competentFor(Competence.RESTRICTED_SECTION, MemberState.MT)).isFalse();

		assertThat(authorities.competentFor(MemberState.MT, Competence.COMPLAINTS))
			.filteredOn(found -> found.id().equals(msa))
			.singleElement()
			.satisfies(found -> {
				assertThat(found.legalName()).isEqualTo(name);
				assertThat(found.jurisdiction()).isEqualTo(Jurisdiction.national(MemberState.MT));
				assertThat(found.handlers()).containsExactly(email);
			});
		assertThat(authorities.competentFor(MemberState.MT, Competence.RESTRICTED_SECTION))
			.noneMatch(found -> found.id().equals(msa));
		assertThat(authorities.competentFor(MemberState.CY, Competence.COMPLAINTS))
			.noneMatch(found -> found.id().equals(msa));
		assertThat(authorities.atUnionLevel(Competence.COMPLAINTS)).noneMatch(found -> found.id().equals(msa));

		// the console's overview of who holds what
		assertThat(testData.as(admin, () -> administration.holders()))
			.filteredOn(holder -> holder.authority().equals(msa))
			.extracting(CompetenceHolder::competence)
			.containsExactlyInAnyOrder(Competence.COMPLAINTS, Competence.FRIA_NOTIFICATIONS);

		List<AuditRecord> audited = testData.as(admin,
				() -> trail.page(new AuditFilter(null, msa.toString(), null, null), 0, 10));
		assertThat(audited).extracting(AuditRecord::action).contains("authority.created");
		assertThat(testData.as(admin,
				() -> trail.page(new AuditFilter("authority-user.invited", null, null, null), 0, 100)))
			.anySatisfy(record -> assertThat(record.after()).contains("COMPLAINTS").contains("MT"));
	}

	@Test
	@DisplayName("Art 64, Art 88: the AI Office acts for the Union, without a Member State")
	void aiOffice() {
		TestUser admin = testData.administrator();
		assertThatThrownBy(() -> authority(admin, "AI Office " + unique(), AuthorityKind.AI_OFFICE, MemberState.BE))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("authority.error.unionLevel"));
		OrganisationId office = authority(admin, "AI Office " + unique(), AuthorityKind.AI_OFFICE, null);
		String email = "officer-" + unique() + "@ai-office.example";
		invite(admin, office, email, Competence.GPAI);
		assertThat(actor(email).jurisdiction()).isEqualTo(Jurisdiction.union());
		assertThat(authorities.atUnionLevel(Competence.GPAI)).anyMatch(found -> found.id().equals(office));
		assertThat(authorities.competentFor(MemberState.BE, Competence.GPAI))
			.noneMatch(found -> found.id().equals(office));
	}

	@Test
	@DisplayName("Wrong input is refused field by field; the registry operator's administrators hold no competences")
	void refusesBadInput() {
		TestUser admin = testData.administrator();
		assertThatThrownBy(() -> testData.as(admin,
				() -> administration.createAuthority(new NewAuthority(" ", null, null, "not-an-address"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field)
						.containsExactly("legalName", "kind", "functionalEmail"));
		assertThatThrownBy(
				() -> authority(admin, "No State " + unique(), AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("authority.error.memberStateRequired"));
		String name = "Twice " + unique();
		authority(admin, name, AuthorityKind.DATA_PROTECTION_AUTHORITY, MemberState.LU);
		assertThatThrownBy(
				() -> authority(admin, name.toUpperCase(), AuthorityKind.DATA_PROTECTION_AUTHORITY, MemberState.LU))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("authority.error.nameTaken"));
		assertThatThrownBy(
				() -> testData.as(admin,
						() -> administration.addUser(admin.organisation(),
								new NewAuthorityUser("admin-" + unique() + "@operator.example",
										Set.of(Competence.GPAI)),
								"en")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("authority.error.operatorCompetences"));
		assertThatThrownBy(() -> testData.as(admin,
				() -> administration.addUser(admin.organisation(), new NewAuthorityUser(admin.email(), Set.of()),
						"en")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("signUp.error.emailTaken"));
	}

	@Test
	@DisplayName("A deactivated user or authority receives no cases and cannot log in; administrators cannot lock "
			+ "themselves out")
	void deactivation() {
		TestUser admin = testData.administrator();
		OrganisationId msa = authority(admin, "Deactivated " + unique(), AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY,
				MemberState.EE);
		String first = "first-" + unique() + "@msa-ee.example";
		String second = "second-" + unique() + "@msa-ee.example";
		UserId firstId = invite(admin, msa, first, Competence.SERIOUS_INCIDENTS);
		invite(admin, msa, second, Competence.SERIOUS_INCIDENTS);
		assertThat(authorities.competentFor(MemberState.EE, Competence.SERIOUS_INCIDENTS))
			.filteredOn(found -> found.id().equals(msa))
			.singleElement()
			.satisfies(found -> assertThat(found.handlers()).containsExactlyInAnyOrder(first, second));

		testData.run(admin, () -> administration.updateUser(msa, firstId, Set.of(Competence.SERIOUS_INCIDENTS), false));
		assertThat(organisations.activeAccount(first)).isEmpty();
		assertThat(authorities.competentFor(MemberState.EE, Competence.SERIOUS_INCIDENTS))
			.filteredOn(found -> found.id().equals(msa))
			.singleElement()
			.satisfies(found -> assertThat(found.handlers()).containsExactly(second));

		testData.run(admin, () -> administration.setActive(msa, false));
		assertThat(organisations.activeAccount(second)).isEmpty();
		assertThat(accounts.mayLogIn(second)).isFalse();
		assertThat(authorities.competentFor(MemberState.EE, Competence.SERIOUS_INCIDENTS))
			.noneMatch(found -> found.id().equals(msa));
		assertThatThrownBy(() -> testData.as(admin,
				() -> administration.addUser(msa, new NewAuthorityUser("late-" + unique() + "@x.example", Set.of()),
						"en")))
			.isInstanceOfSatisfying(ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("authority.error.inactive"));
		testData.run(admin, () -> administration.setActive(msa, true));
		assertThat(organisations.activeAccount(second)).isPresent();

		UserId self = organisations.activeAccount(admin.email()).orElseThrow().actor().userId();
		assertThatThrownBy(
				() -> testData.run(admin, () -> administration.updateUser(admin.organisation(), self, Set.of(), false)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("authority.error.self"));
		assertThatThrownBy(() -> testData.run(admin, () -> administration.setActive(admin.organisation(), false)))
			.isInstanceOfSatisfying(ActionRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("authority.error.ownOrganisation"));
		assertThat(testData.as(admin,
				() -> trail.page(new AuditFilter("authority.deactivated", msa.toString(), null, null), 0, 10)))
			.hasSize(1);
	}

	@Test
	@DisplayName("Only administrators manage authorities")
	void administratorsOnly() {
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		TestUser provider = testData.provider();
		for (TestUser outsider : List.of(regulator, provider)) {
			assertThatThrownBy(() -> testData.as(outsider, () -> administration.authorities()))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> testData.as(outsider,
					() -> administration.createAuthority(
							new NewAuthority("Rogue " + unique(), AuthorityKind.AI_OFFICE, null, "rogue@x.example"))))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> administration.holders())
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	@DisplayName("Art 49(4), Art 27(3), Art 85, Art 52(4): each regulator feature needs its competence")
	void featuresNeedTheirCompetence() {
		TestUser complaintsOnly = testData.regulator(MemberState.DE, Competence.COMPLAINTS);
		assertThatThrownBy(() -> testData.as(complaintsOnly, () -> restricted.latestVersions(5)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> testData.as(complaintsOnly, () -> frias.inbox(5)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> testData.as(complaintsOnly, () -> gpai.technicalDocuments(GpaiModelId.random())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(testData.as(complaintsOnly, () -> explanations.complaints())).isNotNull();

		TestUser restrictedReader = testData.regulator(MemberState.DE, Competence.RESTRICTED_SECTION);
		assertThat(testData.as(restrictedReader, () -> restricted.latestVersions(5))).isNotNull();
		assertThatThrownBy(() -> testData.as(restrictedReader, () -> explanations.complaints()))
			.isInstanceOf(AccessDeniedException.class);
		TestUser fria = testData.regulator(MemberState.DE, Competence.FRIA_NOTIFICATIONS);
		assertThat(testData.as(fria, () -> frias.inbox(5))).isNotNull();
	}

	@Test
	@DisplayName("A change of competences or a deactivation applies from the user's next request, not their next "
			+ "login")
	void changesApplyAtTheNextRequest() throws Exception {
		TestUser admin = testData.administrator();
		OrganisationId office = authority(admin, "Office " + unique(), AuthorityKind.AI_OFFICE, null);
		String email = "officer-" + unique() + "@ai-office.example";
		UserId officer = invite(admin, office, email, Competence.GPAI);
		// as the officer sets it up at the first login: regulators need a second factor
		// (DD045)
		secondFactors.enableKnownSecret(officer, TestData.TOTP_SECRET);
		HttpClient session = loggedIn(email);
		// an unknown model's Annex XI document: 404 with the competence, 403 without
		String download = GpaiRoutes.technicalDocument(GpaiModelId.random(), "0".repeat(64));
		assertThat(get(session, download).statusCode()).isEqualTo(404);

		testData.run(admin, () -> administration.updateUser(office, officer, Set.of(), true));
		assertThat(get(session, download).statusCode()).isEqualTo(403);

		testData.run(admin, () -> administration.updateUser(office, officer, Set.of(Competence.GPAI), true));
		assertThat(get(session, download).statusCode()).isEqualTo(404);

		testData.run(admin, () -> administration.updateUser(office, officer, Set.of(Competence.GPAI), false));
		assertThat(get(session, download).statusCode()).isEqualTo(403);
		// the session has ended: reactivating the account does not bring it back
		testData.run(admin, () -> administration.updateUser(office, officer, Set.of(Competence.GPAI), true));
		assertThat(get(session, download).statusCode()).isEqualTo(403);
		assertThat(get(loggedIn(email), download).statusCode()).isEqualTo(404);
	}

	HttpClient loggedIn(String email) {
		return WebSessions.loggedIn(port, email);
	}

	HttpResponse<String> get(HttpClient http, String path) {
		return WebSessions.get(http, port, path);
	}

}
