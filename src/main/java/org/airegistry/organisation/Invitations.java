package org.airegistry.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.airegistry.organisation.persistence.AccountRepository;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts created by someone else (an organisation admin, an administrator, the
 * bootstrap command) that their owner completes through a single-use link: name and
 * password. Callers check permissions and hold the transaction.
 */
@Component
class Invitations {

	/** A new account waiting for its invitee to choose a name and password. */
	record Invitation(UserId user, OrganisationId organisation, String loginEmail, String language, String token) {
	}

	private final AccountRepository accounts;

	private final OrganisationService organisations;

	private final AccountMailer mailer;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	Invitations(AccountRepository accounts, OrganisationService organisations, AccountMailer mailer,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.mailer = mailer;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates an account that cannot log in until the invitee has chosen a name and
	 * password through the invitation link; no mail is sent here.
	 * @param errors problems the caller found already (reported together with the
	 * address's)
	 * @throws InvalidInputException when the address is malformed or taken, or errors is
	 * not empty
	 */
	Invitation create(OrganisationId organisation, String loginEmail, Set<Role> roles, String language,
			List<FieldError> errors) {
		List<FieldError> problems = new ArrayList<>();
		AccountRules.email(problems, "loginEmail", loginEmail);
		String email = OrganisationService.normaliseEmail(loginEmail);
		if (problems.isEmpty() && organisations.userExists(email)) {
			problems.add(new FieldError("loginEmail", "signUp.error.emailTaken"));
		}
		problems.addAll(errors);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant();
		UserId user = UserId.random();
		String chosen = AccountService.language(language);
		accounts.insertUnverifiedUser(user, organisation, email, passwordEncoder.encode(AccountTokens.newToken()), "",
				roles, chosen, now);
		return new Invitation(user, organisation, email, chosen, token(user, TokenPurpose.INVITATION, now));
	}

	/** A new link for an account whose invitation was not accepted yet. */
	Invitation renew(UserId user, OrganisationId organisation, String loginEmail, String language) {
		return new Invitation(user, organisation, loginEmail, language,
				token(user, TokenPurpose.INVITATION, clock.instant()));
	}

	/**
	 * Mails the invitation link (must-send: refused, and rolled back, when mail fails).
	 */
	void mail(Invitation invitation) {
		String organisation = organisations.legalName(invitation.organisation()).orElse("");
		mailer.send(invitation.loginEmail(), invitation.language(), "invitation", organisation, link(invitation),
				TokenPurpose.INVITATION.validity().toDays());
	}

	/** The absolute link that accepts the invitation. */
	String link(Invitation invitation) {
		return mailer.link(AccountService.INVITATION_ROUTE, invitation.token());
	}

	/** A new single-use token for the account; only its hash is stored. */
	String token(UserId user, TokenPurpose purpose, Instant now) {
		String token = AccountTokens.newToken();
		accounts.insertToken(AccountTokens.hash(token), user, purpose, now, now.plus(purpose.validity()));
		return token;
	}

}
