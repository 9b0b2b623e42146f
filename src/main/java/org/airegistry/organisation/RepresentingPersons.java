package org.airegistry.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.airegistry.organisation.persistence.RepresentingPersonRepository;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The natural persons responsible for an organisation's registrations with legal
 * authority to represent it (Art 71(5), DD069): kept with the organisation, edited by its
 * administrators, read by regulators; never published, exported, indexed or logged.
 */
@Service
public class RepresentingPersons {

	private final RepresentingPersonRepository repository;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RepresentingPersons(RepresentingPersonRepository repository, CurrentActor currentActor,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.events = events;
		this.clock = clock;
	}

	/** The caller's organisation's persons. */
	@PreAuthorize("hasRole('" + Role.Names.ORG_ADMIN + "')")
	@Transactional(readOnly = true)
	public List<RepresentingPerson> mine() {
		return repository.of(currentActor.require().organisationId());
	}

	/**
	 * Replaces the caller's organisation's list; each person's problems are reported on
	 * its fields, prefixed by its position ({@code persons[0].name}).
	 * @throws ActionRefusedException {@code persons.error.tooMany} above
	 * {@link RepresentingPerson#MAX_PERSONS}
	 */
	@PreAuthorize("hasRole('" + Role.Names.ORG_ADMIN + "')")
	@Transactional
	public void replaceMine(List<RepresentingPerson> persons) {
		if (persons.size() > RepresentingPerson.MAX_PERSONS) {
			throw new ActionRefusedException("persons.error.tooMany");
		}
		List<FieldError> problems = new ArrayList<>();
		for (int i = 0; i < persons.size(); i++) {
			String prefix = "persons[" + i + "].";
			persons.get(i)
				.problems()
				.forEach(problem -> problems
					.add(new FieldError(prefix + problem.field(), problem.messageKey(), problem.arguments())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		OrganisationId organisation = currentActor.require().organisationId();
		int before = repository.replace(organisation, persons, clock.instant());
		events.publishEvent(new RepresentingPersonsChanged(organisation, before, persons.size()));
	}

	/** An organisation's persons, for regulators (approval, oversight). */
	@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
	@Transactional(readOnly = true)
	public List<RepresentingPerson> of(OrganisationId organisation) {
		return repository.of(organisation);
	}

}
