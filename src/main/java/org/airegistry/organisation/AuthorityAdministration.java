package org.airegistry.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.airegistry.organisation.Invitations.Invitation;
import org.airegistry.organisation.persistence.AuthorityRepository;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' side of the authority model: authorities (market surveillance
 * authorities per Member State, Art 74(8) authorities, the AI Office, the registry
 * operator), their users and the users' competences; deactivation; who holds which
 * competence. Sign-up can never create an authority: only administrators can. Every
 * change is audited.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
public class AuthorityAdministration {

	private final AuthorityRepository repository;

	private final Invitations invitations;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuthorityAdministration(AuthorityRepository repository, Invitations invitations, CurrentActor currentActor,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.invitations = invitations;
		this.currentActor = currentActor;
		this.events = events;
		this.clock = clock;
	}

	/** Every authority: national ones by Member State, then Union bodies. */
	@Transactional(readOnly = true)
	public List<AuthoritySummary> authorities() {
		return repository.authorities();
	}

	@Transactional(readOnly = true)
	public AuthoritySummary authority(OrganisationId id) {
		return repository.authority(id).orElseThrow(() -> new NotFoundException("Authority"));
	}

	/** Creates an active authority. */
	@Transactional
	public OrganisationId createAuthority(NewAuthority authority) {
		List<FieldError> errors = check(authority);
		if (errors.stream().noneMatch(error -> error.field().equals("legalName"))
				&& repository.nameTaken(authority.legalName())) {
			errors.add(new FieldError("legalName", "authority.error.nameTaken"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		OrganisationId id = OrganisationId.random();
		repository.insertAuthority(id, authority, clock.instant());
		AuthoritySummary created = authority(id);
		events.publishEvent(new AuthorityCreated(id,
				created.kind() + " " + created.jurisdiction().code() + " " + created.legalName()));
		return id;
	}

	static List<FieldError> check(NewAuthority authority) {
		List<FieldError> errors = new ArrayList<>();
		AccountRules.text(errors, "legalName", authority.legalName(), 300);
		if (authority.kind() == null) {
			errors.add(new FieldError("kind", "validation.required"));
		}
		else if (authority.kind().national() && authority.memberState() == null) {
			errors.add(new FieldError("memberState", "authority.error.memberStateRequired"));
		}
		else if (!authority.kind().national() && authority.memberState() != null) {
			errors.add(new FieldError("memberState", "authority.error.unionLevel"));
		}
		AccountRules.email(errors, "functionalEmail", authority.functionalEmail());
		return errors;
	}

	/**
	 * Deactivates an authority (its users cannot log in and it receives no cases) or
	 * activates it again. Administrators cannot deactivate their own organisation.
	 */
	@Transactional
	public void setActive(OrganisationId id, boolean active) {
		AuthoritySummary authority = authority(id);
		if (!active && currentActor.require().actsFor(id)) {
			throw new ActionRefusedException("authority.error.ownOrganisation");
		}
		if (authority.active() == active) {
			return;
		}
		repository.setActive(id, active);
		events.publishEvent(new AuthorityActivationChanged(id, active));
	}

	/** The authority's users with their competences. */
	@Transactional(readOnly = true)
	public List<AuthorityUser> users(OrganisationId authority) {
		authority(authority);
		return repository.users(authority);
	}

	/**
	 * Adds a user to an authority and mails them an invitation to choose their name and
	 * password: a regulator with the given competences, or an administrator for the
	 * registry operator.
	 */
	@Transactional
	public UserId addUser(OrganisationId authorityId, NewAuthorityUser user, String language) {
		AuthoritySummary authority = authority(authorityId);
		if (!authority.active()) {
			throw new ActionRefusedException("authority.error.inactive");
		}
		List<FieldError> errors = new ArrayList<>();
		checkCompetences(errors, authority, user.competences());
		Invitation invitation = invitations.create(authorityId, user.loginEmail(), roles(authority), language, errors);
		repository.setCompetences(invitation.user(), user.competences(), clock.instant());
		invitations.mail(invitation);
		events.publishEvent(new AuthorityUserInvited(invitation.user(), authorityId,
				describe(roles(authority), user.competences(), authority, true)));
		return invitation.user();
	}

	/**
	 * Changes a user's competences and whether the account is active; takes effect at the
	 * user's next request. Administrators cannot deactivate themselves.
	 */
	@Transactional
	public void updateUser(OrganisationId authorityId, UserId userId, Set<Competence> competences, boolean active) {
		AuthoritySummary authority = authority(authorityId);
		AuthorityUser user = repository.users(authorityId)
			.stream()
			.filter(candidate -> candidate.id().equals(userId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("User"));
		Actor admin = currentActor.require();
		List<FieldError> errors = new ArrayList<>();
		checkCompetences(errors, authority, competences);
		if (!active && admin.userId().equals(userId)) {
			errors.add(new FieldError("active", "authority.error.self"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		repository.setCompetences(userId, competences, clock.instant());
		repository.setUserActive(userId, active);
		events.publishEvent(new AuthorityUserUpdated(userId, authorityId,
				describe(user.roles(), user.competences(), authority, user.active()),
				describe(user.roles(), competences, authority, active)));
	}

	/** Who holds which competence where (active users of active authorities). */
	@Transactional(readOnly = true)
	public List<CompetenceHolder> holders() {
		return repository.holders();
	}

	private static void checkCompetences(List<FieldError> errors, AuthoritySummary authority,
			Set<Competence> competences) {
		if (!authority.kind().holdsCompetences() && !competences.isEmpty()) {
			errors.add(new FieldError("competences", "authority.error.operatorCompetences"));
		}
	}

	/** Administrators for the registry operator, regulators for every other authority. */
	static Set<Role> roles(AuthoritySummary authority) {
		return authority.kind() == AuthorityKind.REGISTRY_OPERATOR ? EnumSet.of(Role.ADMIN)
				: EnumSet.of(Role.REGULATOR);
	}

	private static String describe(Set<Role> roles, Set<Competence> competences, AuthoritySummary authority,
			boolean active) {
		Set<String> legal = new TreeSet<>();
		competences.forEach(competence -> legal.add(competence.name()));
		return new TreeSet<>(roles) + " " + legal + " " + authority.jurisdiction().code() + (active ? "" : " inactive");
	}

}
