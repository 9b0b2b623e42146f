package org.airegistry.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.airegistry.organisation.persistence.AccountRepository;
import org.airegistry.organisation.persistence.AccountRepository.Recipient;
import org.airegistry.organisation.persistence.AccountRepository.TokenUser;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.security.MailLimits;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Audited;
import org.airegistry.shared.i18n.Languages;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and their accounts: public sign-up with email verification, approval by a
 * regulator, and the organisation admin's invitations, role assignments and
 * deactivations. Organisation admins only ever see and change users of their own
 * organisation: every method takes the organisation from the logged-in actor, never from
 * the caller.
 */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final OrganisationService organisations;

	private final AccountMailer mailer;

	private final PasswordEncoder passwordEncoder;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MailLimits mailLimits;

	private final Invitations invitations;

	AccountService(AccountRepository accounts, OrganisationService organisations, AccountMailer mailer,
			PasswordEncoder passwordEncoder, CurrentActor currentActor, Clock clock, ApplicationEventPublisher events,
			MailLimits mailLimits, Invitations invitations) {
		this.mailLimits = mailLimits;
		this.events = events;
		this.invitations = invitations;
		this.accounts = accounts;
		this.organisations = organisations;
		this.mailer = mailer;
		this.passwordEncoder = passwordEncoder;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	/** Routes of the links in mails (views with these routes handle them). */
	public static final String VERIFY_ROUTE = "account/verify";

	public static final String INVITATION_ROUTE = "account/invitation";

	// ---- sign-up and verification (anonymous) ----

	/** Active authorised-representative organisations that a provider can name. */
	@Transactional(readOnly = true)
	public List<AuthorisedRepresentativeOption> authorisedRepresentatives() {
		return accounts.activeAuthorisedRepresentatives();
	}

	/**
	 * Creates the organisation (pending) and its first user (organisation admin; cannot
	 * log in before verifying the address) and mails the verification link.
	 */
	@Transactional
	public OrganisationId signUp(SignUp signUp) {
		List<FieldError> errors = new ArrayList<>(AccountRules.check(signUp));
		String email = OrganisationService.normaliseEmail(signUp.loginEmail());
		if (errors.stream().noneMatch(error -> error.field().equals("loginEmail")) && organisations.userExists(email)) {
			errors.add(new FieldError("loginEmail", "signUp.error.emailTaken"));
		}
		if (signUp.needsAuthorisedRepresentative() && signUp.authorisedRepresentative() != null
				&& accounts.activeAuthorisedRepresentatives()
					.stream()
					.noneMatch(option -> option.id().equals(signUp.authorisedRepresentative()))) {
			errors.add(new FieldError("authorisedRepresentative", "signUp.error.authorisedRepresentative"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant now = clock.instant();
		OrganisationId organisation = OrganisationId.random();
		accounts.insertSignedUpOrganisation(organisation, signUp, now);
		Set<Role> roles = EnumSet.of(Role.ORG_ADMIN);
		roles.addAll(assignable(signUp.roles()));
		UserId user = UserId.random();
		String language = language(signUp.language());
		accounts.insertUnverifiedUser(user, organisation, email, passwordEncoder.encode(signUp.password()),
				signUp.userName().strip(), roles, language, now);
		String token = invitations.token(user, TokenPurpose.VERIFY_EMAIL, now);
		mailer.send(email, language, "verify", signUp.legalName().strip(), mailer.link(VERIFY_ROUTE, token),
				TokenPurpose.VERIFY_EMAIL.validity().toHours());
		events.publishEvent(new OrganisationSignedUp(organisation));
		return organisation;
	}

	/** Verifies the address the link was sent to; the link works once. */
	@Transactional
	public TokenCheck verifyEmail(String token) {
		String hash = AccountTokens.hash(token);
		Optional<TokenUser> found = accounts.findToken(hash, TokenPurpose.VERIFY_EMAIL);
		if (found.isEmpty() || found.get().usedAt() != null) {
			return TokenCheck.INVALID;
		}
		if (!found.get().expiresAt().isAfter(clock.instant())) {
			return TokenCheck.EXPIRED;
		}
		if (!accounts.markTokenUsed(hash, clock.instant())) {
			return TokenCheck.INVALID;
		}
		accounts.markVerified(found.get().userId());
		events.publishEvent(new EmailVerified(found.get().userId(), found.get().organisationId()));
		return TokenCheck.ACCEPTED;
	}

	/** The invited address if the invitation link is still valid. */
	@Transactional(readOnly = true)
	public Optional<String> invitedEmail(String token) {
		return accounts.findToken(AccountTokens.hash(token), TokenPurpose.INVITATION)
			.filter(user -> user.usedAt() == null && user.expiresAt().isAfter(clock.instant()))
			.map(TokenUser::loginEmail);
	}

	/**
	 * The invitation behind a link while it is valid: the invited address and the name of
	 * the organisation that invites, so the join page can say whom the invitee joins.
	 */
	@Transactional(readOnly = true)
	public Optional<OpenInvitation> openInvitation(String token) {
		return accounts.findToken(AccountTokens.hash(token), TokenPurpose.INVITATION)
			.filter(user -> user.usedAt() == null && user.expiresAt().isAfter(clock.instant()))
			.map(user -> new OpenInvitation(user.loginEmail(),
					organisations.legalName(user.organisationId()).orElse("")));
	}

	/** A valid invitation: the invited address and the inviting organisation's name. */
	public record OpenInvitation(String loginEmail, String organisation) {
	}

	/**
	 * Sends a new verification link to an address that signed up and has not verified it
	 * yet (the first link expired or got lost). Says nothing about whether such an
	 * account exists: the caller always shows the same answer, and an address receives
	 * only so many of these mails a day (DD043).
	 */
	@Transactional
	public void resendVerification(String loginEmail, String language) {
		List<FieldError> errors = new ArrayList<>();
		AccountRules.email(errors, "loginEmail", loginEmail);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String email = OrganisationService.normaliseEmail(loginEmail);
		accounts.unverifiedFounder(email)
			.filter(founder -> mailLimits.mayMailUnverified("verify", email))
			.ifPresent(founder -> {
				String token = invitations.token(founder.userId(), TokenPurpose.VERIFY_EMAIL, clock.instant());
				mailer.send(email, founder.language(), "verify", founder.organisationName(),
						mailer.link(VERIFY_ROUTE, token), TokenPurpose.VERIFY_EMAIL.validity().toHours());
			});
	}

	/** The invitee sets name and password; the account can log in afterwards. */
	@Transactional
	public TokenCheck acceptInvitation(String token, String name, String password) {
		String hash = AccountTokens.hash(token);
		Optional<TokenUser> found = accounts.findToken(hash, TokenPurpose.INVITATION);
		if (found.isEmpty() || found.get().usedAt() != null) {
			return TokenCheck.INVALID;
		}
		if (!found.get().expiresAt().isAfter(clock.instant())) {
			return TokenCheck.EXPIRED;
		}
		List<FieldError> errors = new ArrayList<>();
		AccountRules.text(errors, "userName", name, 200);
		AccountRules.password(errors, "password", password, found.get().loginEmail());
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (!accounts.markTokenUsed(hash, clock.instant())) {
			return TokenCheck.INVALID;
		}
		accounts.completeInvitation(found.get().userId(), name.strip(), passwordEncoder.encode(password));
		events.publishEvent(new InvitationAccepted(found.get().userId(), found.get().organisationId()));
		return TokenCheck.ACCEPTED;
	}

	// ---- approval (regulators) ----

	/** Organisations awaiting a decision, those with a verified address first. */
	@PreAuthorize("hasRole('REGULATOR')")
	@Transactional(readOnly = true)
	public List<PendingOrganisation> pendingOrganisations() {
		return accounts.pendingOrganisations();
	}

	/**
	 * Approves a pending organisation: it may publish from now on. Its users are told.
	 */
	@PreAuthorize("hasRole('REGULATOR')")
	@Transactional
	public void approve(OrganisationId organisation) {
		decide(organisation, OrganisationStatus.ACTIVE, null);
	}

	/**
	 * Rejects a pending organisation with a reason (required), which its users are told.
	 */
	@PreAuthorize("hasRole('REGULATOR')")
	@Transactional
	public void reject(OrganisationId organisation, String reason) {
		List<FieldError> errors = new ArrayList<>();
		AccountRules.text(errors, "reason", reason, 2000);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		decide(organisation, OrganisationStatus.REJECTED, reason.strip());
	}

	private void decide(OrganisationId organisation, OrganisationStatus status, String reason) {
		String name = organisations.legalName(organisation).orElseThrow(() -> new NotFoundException("Organisation"));
		if (!accounts.decide(organisation, status, reason, clock.instant())) {
			throw new ActionRefusedException("approval.error.notPending");
		}
		events.publishEvent(new OrganisationDecided(organisation, status, reason));
		for (Recipient recipient : accounts.decisionRecipients(organisation)) {
			if (status == OrganisationStatus.ACTIVE) {
				mailer.send(recipient.loginEmail(), recipient.language(), "approved", name, mailer.page("login"));
			}
			else {
				mailer.send(recipient.loginEmail(), recipient.language(), "rejected", name, reason);
			}
		}
	}

	// ---- organisation admin (own organisation only) ----

	/** The users of the admin's own organisation. */
	@PreAuthorize("hasRole('ORG_ADMIN')")
	@Transactional(readOnly = true)
	public List<OrganisationUser> users() {
		return accounts.users(currentActor.require().organisationId());
	}

	/**
	 * One user of the admin's own organisation; users of other organisations are not
	 * found.
	 */
	@PreAuthorize("hasRole('ORG_ADMIN')")
	@Transactional(readOnly = true)
	public OrganisationUser user(UserId user) {
		return accounts.user(currentActor.require().organisationId(), user)
			.orElseThrow(() -> new NotFoundException("User"));
	}

	/**
	 * The roles an admin of this organisation may give, from what the organisation does.
	 */
	@PreAuthorize("hasRole('ORG_ADMIN')")
	@Transactional(readOnly = true)
	public Set<Role> assignableRoles() {
		Set<Role> roles = EnumSet.of(Role.ORG_ADMIN);
		roles.addAll(assignable(accounts.organisationRoles(currentActor.require().organisationId())));
		return roles;
	}

	/**
	 * Invites a colleague by email link, with the given roles. Only approved
	 * organisations invite, and only so many per day and per address (DD043).
	 * <p>
	 * An address that already has an account in another organisation gets no second
	 * account: its owner is told by mail instead, and the inviter sees the same answer as
	 * for any other address (no account is revealed).
	 * @return the invited user, or {@code null} when the address has an account already
	 * @throws ActionRefusedException {@code invitation.unapproved},
	 * {@code mail.limit.organisation}, {@code mail.limit.recipient}
	 */
	@PreAuthorize("hasRole('ORG_ADMIN')")
	@Transactional
	public @Nullable UserId invite(String loginEmail, Set<Role> roles, String language) {
		Actor admin = currentActor.require();
		List<FieldError> errors = new ArrayList<>();
		String email = OrganisationService.normaliseEmail(loginEmail);
		Optional<OrganisationId> existing = accounts.organisationOf(email);
		if (existing.isPresent()) {
			return inviteExistingAccount(admin, email, existing.get(), roles, errors);
		}
		checkRoles(errors, roles);
		Invitations.Invitation invitation = invitations.create(admin.organisationId(), loginEmail, roles, language,
				errors);
		// refusals roll the new account back
		if (!organisations.mayPublish(admin.organisationId())) {
			throw new ActionRefusedException("invitation.unapproved");
		}
		mailLimits.takeOrRefuse("invitation", admin.organisationId(), invitation.loginEmail());
		invitations.mail(invitation);
		events.publishEvent(new UserInvited(invitation.user(), roles));
		return invitation.user();
	}

	/**
	 * An invitation to an address that already has an account (issue 21): a colleague
	 * already in the organisation is named next to the field; an account elsewhere gets
	 * no second account, its owner a mail instead, and the inviter the usual answer (no
	 * account is revealed).
	 */
	private @Nullable UserId inviteExistingAccount(Actor admin, String email, OrganisationId existing, Set<Role> roles,
			List<FieldError> errors) {
		if (existing.equals(admin.organisationId())) {
			errors.add(new FieldError("loginEmail", "users.invite.error.member"));
		}
		checkRoles(errors, roles);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (!organisations.mayPublish(admin.organisationId())) {
			throw new ActionRefusedException("invitation.unapproved");
		}
		mailLimits.takeOrRefuse("invitation", admin.organisationId(), email);
		String organisation = organisations.legalName(admin.organisationId()).orElse("");
		String recipientLanguage = accounts.preferredLanguageOf(email).orElse("en");
		mailer.send(email, recipientLanguage, "invitationExisting", organisation, mailer.page("login"));
		events.publishEvent(
				Audited.of("user.invited-existing-account", "organisation", admin.organisationId().value().toString()));
		return null;
	}

	/** Changes a colleague's roles and whether the account is active. */
	@PreAuthorize("hasRole('ORG_ADMIN')")
	@Transactional
	public void updateUser(UserId user, Set<Role> roles, boolean active) {
		Actor admin = currentActor.require();
		OrganisationUser existing = user(user);
		List<FieldError> errors = new ArrayList<>();
		checkRoles(errors, roles);
		if (existing.id().equals(admin.userId()) && (!active || !roles.contains(Role.ORG_ADMIN))) {
			errors.add(new FieldError("roles", "users.error.self"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		accounts.updateUser(user, roles, active);
		events.publishEvent(new UserUpdated(user, existing.roles(), existing.active(), roles, active));
	}

	/** Whether the account may still be logged in (active and verified). */
	@Transactional(readOnly = true)
	public boolean mayLogIn(String loginEmail) {
		return accounts.mayLogIn(OrganisationService.normaliseEmail(loginEmail));
	}

	private void checkRoles(List<FieldError> errors, Set<Role> roles) {
		if (roles.isEmpty()) {
			errors.add(new FieldError("roles", "users.error.roles"));
		}
		else if (!assignableRoles().containsAll(roles)) {
			errors.add(new FieldError("roles", "users.error.roleNotAllowed"));
		}
	}

	private static Set<Role> assignable(Set<OrganisationRole> organisationRoles) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (organisationRoles.contains(OrganisationRole.PROVIDER)
				|| organisationRoles.contains(OrganisationRole.AUTHORISED_REPRESENTATIVE)) {
			roles.add(Role.PROVIDER);
		}
		if (organisationRoles.contains(OrganisationRole.DEPLOYER)) {
			roles.add(Role.DEPLOYER);
		}
		return roles;
	}

	static String language(String requested) {
		return Languages.recordable(requested);
	}

}
