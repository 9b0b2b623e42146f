package org.airegistry.deployment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.airegistry.deployment.persistence.FriaRepository;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.registry.ProviderEntries;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deployer's fundamental-rights impact assessments (Art 27): start, edit, complete,
 * notify the market surveillance authority. The full assessment is the deployer's and the
 * regulators' only; every method acts for the caller's own organisation.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.DEPLOYER + "')")
public class FriaService {

	private final FriaRepository repository;

	private final DeploymentService deployments;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final FriaStateMachine machine;

	private final Clock clock;

	private final ProviderEntries providerEntries;

	private final OrganisationService organisations;

	FriaService(FriaRepository repository, DeploymentService deployments, CurrentActor currentActor,
			ApplicationEventPublisher events, Clock clock, ProviderEntries providerEntries,
			OrganisationService organisations) {
		this.providerEntries = providerEntries;
		this.organisations = organisations;
		this.repository = repository;
		this.deployments = deployments;
		this.currentActor = currentActor;
		this.events = events;
		this.clock = clock;
		this.machine = new FriaStateMachine(clock);
	}

	/**
	 * The caller's assessment of the system, started as a draft if there is none yet. A
	 * new assessment needs a registered, usable system (Art 26(8)).
	 */
	@Transactional
	public Fria openOrStart(String registrationNumber) {
		Actor actor = currentActor.require();
		SystemLink link = deployments.check(registrationNumber);
		String number = link.registrationNumber() == null ? registrationNumber : link.registrationNumber();
		Optional<Fria> existing = repository.findOwnBySystem(actor.organisationId(), number);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!link.linkable()) {
			throw new ActionRefusedException(link.outcome().translationKey());
		}
		Fria fria = Fria.start(FriaId.random(), actor.organisationId(), number);
		repository.insert(fria, now());
		return open(fria.id());
	}

	/** The caller's assessment of the system, if any. */
	@Transactional(readOnly = true)
	public Optional<Fria> findForSystem(String registrationNumber) {
		return repository.findOwnBySystem(currentActor.require().organisationId(), registrationNumber);
	}

	@Transactional(readOnly = true)
	public Fria open(FriaId id) {
		return repository.findOwn(id, currentActor.require().organisationId())
			.orElseThrow(() -> new NotFoundException("impact assessment"));
	}

	/** The caller's organisation's assessments, most recently changed first. */
	@Transactional(readOnly = true)
	public List<Fria> myAssessments() {
		return repository.listOwn(currentActor.require().organisationId());
	}

	/**
	 * Saves new content. After a notification, any change means the assessment must be
	 * updated and notified again (Art 27(2)).
	 */
	@Transactional
	public Fria save(FriaId id, long expectedLockVersion, FriaData data) {
		Fria current = openExpecting(id, expectedLockVersion);
		Fria changed = machine.edit(current, data);
		return changed == current ? current : store(changed);
	}

	/**
	 * Completes the assessment; every element (a) to (f) and the basis are required, and
	 * the basis must fit the system and the organisation (Art 27(1),
	 * {@link FriaBasisCheck}).
	 */
	@Transactional
	public Fria complete(FriaId id, long expectedLockVersion) {
		Fria fria = openExpecting(id, expectedLockVersion);
		AnnexIIIPoint point = providerEntries.findLatest(fria.providerRegistrationNumber())
			.map(entry -> entry.entry().data().annexIIIPoint())
			.orElse(null);
		Optional<String> basisProblem = FriaBasisCheck.problem(fria.data().basis(), point,
				organisations.publicCharacter(fria.deployer()));
		if (basisProblem.isPresent()) {
			throw new InvalidInputException(List.of(new FieldError("basis", basisProblem.get())));
		}
		return store(machine.complete(fria));
	}

	/**
	 * Records that the deployer is exempt from notifying because its use is authorised
	 * under Art 46(1) (Art 27(3)); the assessment stays completed for the registration.
	 */
	@Transactional
	public Fria declareExempt(FriaId id, long expectedLockVersion) {
		return store(machine.declareExempt(openExpecting(id, expectedLockVersion)));
	}

	/**
	 * Notifies the completed assessment to the market surveillance authority (Art 27(3));
	 * the notified content is frozen for the regulator's inbox.
	 */
	@Transactional
	public Fria notifyAuthority(FriaId id, long expectedLockVersion) {
		Actor actor = currentActor.require();
		Fria notified = machine.notifyAuthority(openExpecting(id, expectedLockVersion));
		Fria stored = store(notified);
		// the notification carries exactly the time the assessment records as notified
		repository.insertNotification(notified, actor.userId(),
				java.util.Objects.requireNonNull(notified.notifiedAt()));
		events.publishEvent(new FriaNotified(id, notified.assessmentVersion()));
		return stored;
	}

	/** The notifications of the caller's assessment, newest first. */
	@Transactional(readOnly = true)
	public List<FriaNotification> notifications(FriaId id) {
		return repository.notificationsOf(open(id).id());
	}

	private Fria openExpecting(FriaId id, long expectedLockVersion) {
		Fria current = open(id);
		if (current.lockVersion() != expectedLockVersion) {
			throw new ConcurrentEditException("impact assessment");
		}
		return current;
	}

	private Fria store(Fria fria) {
		if (!repository.update(fria, now())) {
			throw new ConcurrentEditException("impact assessment");
		}
		return open(fria.id());
	}

	private Instant now() {
		return clock.instant();
	}

}
