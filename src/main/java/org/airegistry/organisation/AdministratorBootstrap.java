package org.airegistry.organisation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.airegistry.organisation.Invitations.Invitation;
import org.airegistry.organisation.persistence.AccountRepository;
import org.airegistry.organisation.persistence.AuthorityRepository;
import org.airegistry.organisation.persistence.OrganisationRepository;
import org.airegistry.security.RegistryUserDetails;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Audited;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a fresh installation: the registry operator
 * organisation (if there is none) and an administrator account that its owner completes
 * through an invitation link (name and password; the password never passes through a
 * command line, an environment variable or a log). Works once: as soon as an
 * administrator has completed their account, it refuses; further administrators are added
 * in the administration console. Both outcomes are audited.
 */
@Component
class AdministratorBootstrap {

	/** What the bootstrap did. */
	record Result(String loginEmail, OrganisationId organisation, String invitationLink) {
	}

	private final AuthorityRepository authorities;

	private final OrganisationRepository organisations;

	private final AccountRepository accountRepository;

	private final Invitations invitations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdministratorBootstrap(AuthorityRepository authorities, OrganisationRepository organisations,
			AccountRepository accountRepository, Invitations invitations, ApplicationEventPublisher events,
			Clock clock) {
		this.authorities = authorities;
		this.organisations = organisations;
		this.accountRepository = accountRepository;
		this.invitations = invitations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param loginEmail the first administrator's address
	 * @param organisationName the registry operator's name, used when there is none yet
	 * @throws ActionRefusedException ({@code bootstrap.refused.administratorExists}) when
	 * an administrator exists already
	 */
	@Transactional(noRollbackFor = ActionRefusedException.class)
	Result bootstrap(String loginEmail, String organisationName) {
		if (authorities.activeAdministrators() > 0) {
			events.publishEvent(Audited.of("administrator.bootstrap-refused", "account", null)
				.withChange(null, "an administrator exists already"));
			throw new ActionRefusedException("bootstrap.refused.administratorExists");
		}
		String email = OrganisationService.normaliseEmail(loginEmail);
		OrganisationId operator = authorities.registryOperator().orElseGet(() -> {
			OrganisationId id = OrganisationId.random();
			authorities.insertAuthority(id,
					new NewAuthority(organisationName, AuthorityKind.REGISTRY_OPERATOR, null, ""), clock.instant());
			return id;
		});
		Invitation invitation = pendingAdministrator(email, operator)
			.orElseGet(() -> invitations.create(operator, email, EnumSet.of(Role.ADMIN), "en", List.of()));
		events.publishEvent(new AdministratorBootstrapped(invitation.user(), operator, email));
		return new Result(email, operator, invitations.link(invitation));
	}

	/**
	 * A new link for an earlier bootstrap's administrator who never completed the account
	 * (e.g. the link expired).
	 */
	private Optional<Invitation> pendingAdministrator(String email, OrganisationId operator) {
		return organisations.findUserDetails(email)
			.map(RegistryUserDetails::actor)
			.filter(actor -> actor.actsFor(operator) && actor.has(Role.ADMIN))
			.filter(actor -> !accountRepository.mayLogIn(email))
			.map(actor -> invitations.renew(actor.userId(), operator, email, "en"));
	}

}
