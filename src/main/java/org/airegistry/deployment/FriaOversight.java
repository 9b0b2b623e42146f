package org.airegistry.deployment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.airegistry.deployment.persistence.FriaRepository;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market surveillance authority's side of Art 27(3): the inbox of notified
 * assessments, each readable in full, and acknowledging receipt. Regulators competent for
 * FRIA notifications only.
 */
@Service
@PreAuthorize("hasRole('" + Competence.Names.FRIA_NOTIFICATIONS + "')")
public class FriaOversight {

	private final FriaRepository repository;

	private final CurrentActor currentActor;

	private final Clock clock;

	FriaOversight(FriaRepository repository, CurrentActor currentActor, Clock clock) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.clock = clock;
	}

	/** Notified assessments, newest first. */
	@Transactional(readOnly = true)
	public List<FriaNotification> inbox(int limit) {
		return repository.notifications(limit);
	}

	/** One notified assessment in full. */
	@Transactional(readOnly = true)
	public FriaNotification open(UUID notificationId) {
		return repository.notification(notificationId).orElseThrow(() -> new NotFoundException("FRIA notification"));
	}

	/** Acknowledges receipt; acknowledging twice keeps the first acknowledgement. */
	@Transactional
	public FriaNotification acknowledge(UUID notificationId) {
		open(notificationId);
		repository.acknowledge(notificationId, currentActor.require().userId(), OffsetDateTime.now(clock));
		return open(notificationId);
	}

}
