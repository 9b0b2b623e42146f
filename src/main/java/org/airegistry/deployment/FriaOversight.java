package org.airegistry.deployment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.airegistry.deployment.persistence.FriaRepository;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market surveillance authority's side of Art 27(3): the inbox of notified
 * assessments, each readable in full, and acknowledging receipt. Regulators only, and
 * each authority sees the notifications of deployers seated in its own Member State (the
 * seat of the regulator's organisation), not every regulator's.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
public class FriaOversight {

	private final FriaRepository repository;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final OrganisationService organisations;

	FriaOversight(FriaRepository repository, CurrentActor currentActor, Clock clock,
			OrganisationService organisations) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.clock = clock;
		this.organisations = organisations;
	}

	/** Notified assessments of deployers in the caller's Member State, newest first. */
	@Transactional(readOnly = true)
	public List<FriaNotification> inbox(int limit) {
		return repository.notificationsTo(country(), limit);
	}

	/** One notified assessment in full, if it was routed to the caller's Member State. */
	@Transactional(readOnly = true)
	public FriaNotification open(UUID notificationId) {
		return repository.notification(notificationId, country())
			.orElseThrow(() -> new NotFoundException("FRIA notification"));
	}

	/** The seat of the caller's authority. */
	private String country() {
		return organisations.summary(currentActor.require().organisationId())
			.map(org.airegistry.organisation.OrganisationSummary::country)
			.orElse("");
	}

	/** Acknowledges receipt; acknowledging twice keeps the first acknowledgement. */
	@Transactional
	public FriaNotification acknowledge(UUID notificationId) {
		open(notificationId);
		repository.acknowledge(notificationId, currentActor.require().userId(), OffsetDateTime.now(clock));
		return open(notificationId);
	}

}
