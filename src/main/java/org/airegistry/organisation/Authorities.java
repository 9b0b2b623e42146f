package org.airegistry.organisation;

import java.util.List;
import java.util.Optional;

import org.airegistry.organisation.persistence.AuthorityRepository;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority model for the other modules: who is competent for what, where. Cases
 * (complaints, FRIA notifications, serious incidents, real-world tests) are routed with
 * {@link #competentFor(MemberState, Competence)} to the authorities of a Member State, or
 * with {@link #atUnionLevel(Competence)} to the AI Office; inboxes and checks ask what
 * the current user may handle with {@link #currentActorCompetentFor} and
 * {@link #currentActorJurisdiction}. Administrators manage authorities and competences
 * through {@link AuthorityAdministration}.
 */
@Service
public class Authorities {

	private final AuthorityRepository repository;

	private final CurrentActor currentActor;

	Authorities(AuthorityRepository repository, CurrentActor currentActor) {
		this.repository = repository;
		this.currentActor = currentActor;
	}

	/** Whether the logged-in user holds the competence (in their jurisdiction). */
	public boolean currentActorHas(Competence competence) {
		return currentActor.current().map(actor -> actor.has(competence)).orElse(false);
	}

	/**
	 * Whether the logged-in user handles cases of the competence routed to the Member
	 * State (they hold it at an authority of that Member State).
	 */
	public boolean currentActorCompetentFor(Competence competence, MemberState memberState) {
		return currentActor.current().map(actor -> actor.competentFor(competence, memberState)).orElse(false);
	}

	/**
	 * Where the logged-in user exercises the competence: their authority's Member State,
	 * or the Union (AI Office); empty when they do not hold it.
	 */
	public Optional<Jurisdiction> currentActorJurisdiction(Competence competence) {
		return currentActor.current().flatMap(actor -> actor.jurisdictionFor(competence));
	}

	/**
	 * @throws AccessDeniedException unless the logged-in user holds the competence
	 */
	public Actor requireCompetence(Competence competence) {
		Actor actor = currentActor.require();
		if (!actor.has(competence)) {
			throw new AccessDeniedException("Competence " + competence + " required");
		}
		return actor;
	}

	/**
	 * @throws AccessDeniedException unless the logged-in user handles cases of the
	 * competence routed to the Member State
	 */
	public Actor requireCompetentFor(Competence competence, MemberState memberState) {
		Actor actor = currentActor.require();
		if (!actor.competentFor(competence, memberState)) {
			throw new AccessDeniedException("Competence " + competence + " for " + memberState + " required");
		}
		return actor;
	}

	/**
	 * The active authorities of the Member State with active users holding the competence
	 * (usually one; none when the Member State has not set one up yet: the
	 * administrators' console shows such gaps).
	 */
	@Transactional(readOnly = true)
	public List<CompetentAuthority> competentFor(MemberState memberState, Competence competence) {
		return repository.competent(competence, Jurisdiction.national(memberState));
	}

	/**
	 * The active Union bodies (the AI Office) with active users holding the competence.
	 */
	@Transactional(readOnly = true)
	public List<CompetentAuthority> atUnionLevel(Competence competence) {
		return repository.competent(competence, Jurisdiction.union());
	}

}
