package org.airegistry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.airegistry.organisation.persistence.AccountRepository;
import org.airegistry.registry.DraftEntry;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.airegistry.testsupport.TestMailServer.Mail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-up, verification, approval, invitations and organisation scope on PostgreSQL 18,
 * with every mail received by a real SMTP server.
 */
@PostgresTest
class AccountServiceIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	OrganisationService organisations;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestData testData;

	/** A signed-up (pending) organisation and its first user. */
	record SignedUp(OrganisationId organisation, String email, String name) {

		TestUser user() {
			return new TestUser(email, organisation, name);
		}

	}

	SignedUp signUp(String language) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "founder-" + unique + "@signup.example";
		String name = "Signup Org " + unique;
		OrganisationId id = accounts.signUp(new SignUp(name, "Street 1, Berlin", "DE", "contact@signup.example", true,
				Set.of(OrganisationRole.PROVIDER), false, false, false, null, "Founder " + unique, email,
				"correct horse battery", language));
		return new SignedUp(id, email, name);
	}

	SignedUp signUpAndVerify() {
		SignedUp signedUp = signUp("en");
		Mail mail = TestMailServer.awaitMail(signedUp.email(), 1);
		assertThat(accounts.verifyEmail(mail.token(AccountService.VERIFY_ROUTE))).isEqualTo(TokenCheck.ACCEPTED);
		return signedUp;
	}

	/**
	 * Signed up, verified and approved by a regulator: only approved organisations invite
	 * colleagues (DD043).
	 */
	SignedUp signUpVerifyAndApprove() {
		SignedUp signedUp = signUpAndVerify();
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		testData.run(regulator, () -> accounts.approve(signedUp.organisation()));
		return signedUp;
	}

	@Test
	@DisplayName("Sign-up mails a verification link; login is refused until it is opened; the link works once")
	void signUpAndVerification() {
		SignedUp signedUp = signUp("en");
		Mail mail = TestMailServer.awaitMail(signedUp.email(), 1);
		assertThat(mail.subject()).isEqualTo("Verify your email address for " + signedUp.name());
		assertThat(mail.body()).contains("valid for 48 hours");
		assertThat(users.loadUserByUsername(signedUp.email()).isEnabled()).as("unverified").isFalse();
		assertThat(organisations.mayPublish(signedUp.organisation())).isFalse();

		String token = mail.token(AccountService.VERIFY_ROUTE);
		assertThat(accounts.verifyEmail(token)).isEqualTo(TokenCheck.ACCEPTED);
		assertThat(users.loadUserByUsername(signedUp.email()).isEnabled()).isTrue();
		// a pending organisation reaches no provider or deployer feature (issue 13)
		assertThat(users.loadUserByUsername(signedUp.email()).getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_ORG_ADMIN");
		assertThat(accounts.verifyEmail(token)).as("reused").isEqualTo(TokenCheck.INVALID);
		assertThat(accounts.verifyEmail("guessed-token")).isEqualTo(TokenCheck.INVALID);
		assertThat(organisations.mayPublish(signedUp.organisation())).as("still pending").isFalse();
	}

	@Test
	@DisplayName("Mails go out in the sign-up language (German)")
	void germanMail() {
		SignedUp signedUp = signUp("de");
		Mail mail = TestMailServer.awaitMail(signedUp.email(), 1);
		assertThat(mail.subject()).isEqualTo("Bestätigen Sie Ihre E-Mail-Adresse für " + signedUp.name());
		assertThat(mail.body()).contains("48 Stunden gültig");
	}

	@Test
	@DisplayName("An expired verification link is refused and the account stays locked")
	void expiredToken() {
		SignedUp signedUp = signUp("en");
		var user = repository
			.findToken(
					AccountTokens
						.hash(TestMailServer.awaitMail(signedUp.email(), 1).token(AccountService.VERIFY_ROUTE)),
					TokenPurpose.VERIFY_EMAIL)
			.orElseThrow();
		String expired = AccountTokens.newToken();
		Instant past = Instant.now().minus(Duration.ofDays(3));
		repository.insertToken(AccountTokens.hash(expired), user.userId(), TokenPurpose.VERIFY_EMAIL, past,
				past.plus(Duration.ofHours(48)));
		assertThat(accounts.verifyEmail(expired)).isEqualTo(TokenCheck.EXPIRED);
		assertThat(users.loadUserByUsername(signedUp.email()).isEnabled()).isFalse();
	}

	@Test
	@DisplayName("Duplicate login addresses are refused next to the field")
	void duplicateEmail() {
		SignedUp first = signUp("en");
		assertThatThrownBy(() -> accounts
			.signUp(new SignUp("Other", "Street", "DE", "x@signup.example", true, Set.of(OrganisationRole.DEPLOYER),
					false, false, false, null, "Other", first.email().toUpperCase(), "correct horse battery", "en")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					problems -> assertThat(problems.errors()).extracting(FieldError::field, FieldError::messageKey)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("loginEmail", "signUp.error.emailTaken")));
	}

	@Test
	@DisplayName("A pending organisation reaches no provider feature; after approval it does, and users are mailed")
	void approval() {
		SignedUp signedUp = signUpAndVerify();
		assertThatThrownBy(() -> testData.as(signedUp.user(),
				() -> testData.registry().createDraft(testData.sampleEntry("Pending System"))))
			.isInstanceOf(AccessDeniedException.class);

		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		assertThat(testData.as(regulator, accounts::pendingOrganisations)).extracting(PendingOrganisation::id)
			.contains(signedUp.organisation());
		testData.run(regulator, () -> accounts.approve(signedUp.organisation()));
		assertThat(organisations.mayPublish(signedUp.organisation())).isTrue();
		Mail approved = TestMailServer.awaitMail(signedUp.email(), 2);
		assertThat(approved.subject()).isEqualTo(signedUp.name() + " has been approved");
		assertThat(users.loadUserByUsername(signedUp.email()).getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_ORG_ADMIN", "ROLE_PROVIDER");
		DraftEntry draft = testData.as(signedUp.user(),
				() -> testData.registry().createDraft(testData.sampleEntry("Approved System")));
		assertThat(testData.as(signedUp.user(), () -> testData.registry().publish(draft.id(), draft.lockVersion(), "")))
			.isEqualTo(1);
		assertThatThrownBy(() -> testData.run(regulator, () -> accounts.approve(signedUp.organisation())))
			.isInstanceOf(ActionRefusedException.class);
	}

	@Test
	@DisplayName("Rejection needs a reason, which the users receive; only regulators decide")
	void rejection() {
		SignedUp signedUp = signUpAndVerify();
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		assertThatThrownBy(() -> testData.run(regulator, () -> accounts.reject(signedUp.organisation(), " ")))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> testData.run(testData.provider(), () -> accounts.approve(signedUp.organisation())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> testData.run(signedUp.user(), () -> accounts.approve(signedUp.organisation())))
			.as("an organisation cannot approve itself")
			.isInstanceOf(AccessDeniedException.class);

		testData.run(regulator, () -> accounts.reject(signedUp.organisation(), "Not a legal entity we can identify."));
		Mail rejected = TestMailServer.awaitMail(signedUp.email(), 2);
		assertThat(rejected.subject()).isEqualTo(signedUp.name() + " has not been approved");
		assertThat(rejected.body()).contains("Not a legal entity we can identify.").contains("registry's contact");
		assertThat(organisations.mayPublish(signedUp.organisation())).isFalse();
	}

	@Test
	@DisplayName("Issue 21: rejecting an organisation whose address is not verified yet mails the founder the reason")
	void rejectionBeforeVerification() {
		SignedUp signedUp = signUp("en");
		TestMailServer.awaitMail(signedUp.email(), 1);
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		testData.run(regulator, () -> accounts.reject(signedUp.organisation(), "No legal entity of this name."));
		Mail rejected = TestMailServer.awaitMail(signedUp.email(), 2);
		assertThat(rejected.subject()).isEqualTo(signedUp.name() + " has not been approved");
		assertThat(rejected.body()).contains("No legal entity of this name.");
	}

	@Test
	@DisplayName("Issue 21: the approval mail links to the login page")
	void approvalMailLinks() {
		SignedUp signedUp = signUpVerifyAndApprove();
		Mail approved = TestMailServer.awaitMail(signedUp.email(), 2);
		assertThat(approved.body()).contains("Log in here:").contains("/login");
	}

	@Test
	@DisplayName("Issue 21: a new verification link can be requested; an unknown or verified address gets nothing, and the answer is the same")
	void resendVerification() {
		SignedUp signedUp = signUp("de");
		TestMailServer.awaitMail(signedUp.email(), 1);
		accounts.resendVerification(signedUp.email().toUpperCase(), "en");
		Mail again = TestMailServer.awaitMail(signedUp.email(), 2);
		assertThat(again.subject()).as("in the account's language").startsWith("Bestätigen Sie");
		assertThat(accounts.verifyEmail(again.token(AccountService.VERIFY_ROUTE))).isEqualTo(TokenCheck.ACCEPTED);

		accounts.resendVerification(signedUp.email(), "en");
		String nobody = "nobody-" + UUID.randomUUID() + "@signup.example";
		accounts.resendVerification(nobody, "en");
		assertThat(TestMailServer.mailsTo(signedUp.email())).as("verified: nothing more").hasSize(2);
		assertThat(TestMailServer.mailsTo(nobody)).isEmpty();
		assertThatThrownBy(() -> accounts.resendVerification("not an address", "en"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("Issue 21: inviting an address with an account elsewhere tells the inviter nothing about it and mails the address's owner; a colleague already in the organisation is named next to the field")
	void inviteExistingAccount() {
		SignedUp admin = signUpVerifyAndApprove();
		SignedUp elsewhere = signUpAndVerify();
		assertThat(testData.as(admin.user(), () -> accounts.invite(elsewhere.email(), Set.of(Role.PROVIDER), "en")))
			.as("no account created, no error shown")
			.isNull();
		Mail told = TestMailServer.awaitMail(elsewhere.email(), 2);
		assertThat(told.subject()).isEqualTo(admin.name() + " invited you to the AI Act Transparency Registry");
		assertThat(told.body()).contains("already has an account").contains("/login");
		assertThat(testData.as(elsewhere.user(), accounts::users)).extracting(OrganisationUser::loginEmail)
			.containsExactly(elsewhere.email());

		assertThatThrownBy(
				() -> testData.run(admin.user(), () -> accounts.invite(admin.email(), Set.of(Role.PROVIDER), "en")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					problems -> assertThat(problems.errors()).extracting(FieldError::messageKey)
						.containsExactly("users.invite.error.member"));
	}

	@Test
	@DisplayName("An admin of an approved organisation invites a colleague by mail link (a pending one cannot); the colleague sets name and password and can log in once")
	void invitation() {
		SignedUp pending = signUpAndVerify();
		assertThatThrownBy(() -> testData.run(pending.user(),
				() -> accounts.invite("p-" + UUID.randomUUID() + "@signup.example", Set.of(Role.PROVIDER), "en")))
			.as("an organisation not yet approved invites nobody (DD043)")
			.isInstanceOfSatisfying(ActionRefusedException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("invitation.unapproved"));

		SignedUp admin = signUpVerifyAndApprove();
		String colleague = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@signup.example";
		testData.run(admin.user(), () -> accounts.invite(colleague, Set.of(Role.PROVIDER), "en"));
		Mail invitation = TestMailServer.awaitMail(colleague, 1);
		assertThat(invitation.subject()).contains(admin.name());
		assertThat(users.loadUserByUsername(colleague).isEnabled()).isFalse();

		String token = invitation.token(AccountService.INVITATION_ROUTE);
		assertThat(accounts.invitedEmail(token)).contains(colleague);
		assertThat(accounts.openInvitation(token)).as("issue 21: the join page names the organisation")
			.contains(new AccountService.OpenInvitation(colleague, admin.name()));
		assertThatThrownBy(() -> accounts.acceptInvitation(token, "Colleague", "short"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(accounts.acceptInvitation(token, "Casey Colleague", "another long secret"))
			.isEqualTo(TokenCheck.ACCEPTED);
		assertThat(users.loadUserByUsername(colleague).isEnabled()).isTrue();
		assertThat(accounts.acceptInvitation(token, "Mallory", "another long secret")).isEqualTo(TokenCheck.INVALID);
		assertThat(accounts.invitedEmail(token)).isEmpty();

		assertThatThrownBy(
				() -> testData.run(admin.user(), () -> accounts.invite("x-" + colleague, Set.of(Role.REGULATOR), "en")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					problems -> assertThat(problems.errors()).extracting(FieldError::messageKey)
						.containsExactly("users.error.roleNotAllowed"));
		assertThatThrownBy(() -> testData.run(testData.provider(),
				() -> accounts.invite("y-" + colleague, Set.of(Role.PROVIDER), "en")))
			.as("only organisation admins invite")
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A deactivated user cannot log in; an admin cannot deactivate themselves")
	void deactivation() {
		SignedUp admin = signUpVerifyAndApprove();
		String colleague = "leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@signup.example";
		var id = testData.as(admin.user(), () -> accounts.invite(colleague, Set.of(Role.PROVIDER), "en"));
		accounts.acceptInvitation(TestMailServer.awaitMail(colleague, 1).token(AccountService.INVITATION_ROUTE),
				"Lee Leaver", "another long secret");
		assertThat(accounts.mayLogIn(colleague)).isTrue();

		testData.run(admin.user(), () -> accounts.updateUser(id, Set.of(Role.PROVIDER), false));
		assertThat(users.loadUserByUsername(colleague).isEnabled()).isFalse();
		assertThat(accounts.mayLogIn(colleague)).isFalse();

		var self = testData.as(admin.user(),
				() -> accounts.users()
					.stream()
					.filter(user -> user.loginEmail().equals(admin.email()))
					.findFirst()
					.orElseThrow());
		assertThatThrownBy(() -> testData.run(admin.user(), () -> accounts.updateUser(self.id(), self.roles(), false)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("Deactivation ends a running session at its next request")
	void deactivationEndsSession() throws Exception {
		SignedUp admin = signUpVerifyAndApprove();
		String colleague = "session-" + UUID.randomUUID().toString().substring(0, 8) + "@signup.example";
		var id = testData.as(admin.user(), () -> accounts.invite(colleague, Set.of(Role.PROVIDER), "en"));
		accounts.acceptInvitation(TestMailServer.awaitMail(colleague, 1).token(AccountService.INVITATION_ROUTE),
				"Sam Session", "another long secret");
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(colleague, StandardCharsets.UTF_8)
					+ "&password=another+long+secret"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		HttpRequest workspace = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/workspace")).build();
		assertThat(http.send(workspace, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

		testData.run(admin.user(), () -> accounts.updateUser(id, Set.of(Role.PROVIDER), false));
		HttpResponse<String> after = http.send(workspace, HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isIn(302, 303);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	@DisplayName("An admin of one organisation never sees or changes users of another")
	void organisationScope() {
		SignedUp a = signUpAndVerify();
		SignedUp b = signUpAndVerify();
		var usersOfA = testData.as(a.user(), accounts::users);
		assertThat(usersOfA).extracting(OrganisationUser::loginEmail).containsExactly(a.email());
		var userOfA = usersOfA.getFirst();

		assertThat(testData.as(b.user(), accounts::users)).extracting(OrganisationUser::loginEmail)
			.containsExactly(b.email());
		assertThatThrownBy(() -> testData.as(b.user(), () -> accounts.user(userOfA.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> testData.run(b.user(), () -> accounts.updateUser(userOfA.id(), Set.of(Role.PROVIDER), false)))
			.isInstanceOf(NotFoundException.class);
		assertThat(users.loadUserByUsername(a.email()).isEnabled()).isTrue();
	}

}
