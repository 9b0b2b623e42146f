package org.airegistry.deployment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.airegistry.deployment.persistence.FriaRepository;
import org.airegistry.organisation.Authorities;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market surveillance authority's side of Art 27(3): the inbox of notified
 * assessments, each readable in full, and acknowledging receipt. Regulators competent for
 * FRIA notifications only, and each authority sees the notifications of deployers seated
 * in the Member State of its jurisdiction, not every authority's.
 */
@Service
@PreAuthorize("hasRole('" + Competence.Names.FRIA_NOTIFICATIONS + "')")
public class FriaOversight {

	private final FriaRepository repository;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final Authorities authorities;

	private final ApplicationEventPublisher events;

	FriaOversight(FriaRepository repository, CurrentActor currentActor, Clock clock, Authorities authorities,
			ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.currentActor = currentActor;
		this.clock = clock;
		this.authorities = authorities;
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

	/**
	 * The Member State of the caller's authority (ISO code, as deployers' seats are
	 * stored); none for a Union body, which receives no Art 27(3) notifications.
	 */
	private String country() {
		return authorities.currentActorJurisdiction(Competence.FRIA_NOTIFICATIONS)
			.flatMap(Jurisdiction::nationalMemberState)
			.map(MemberState::isoCode)
			.orElse("");
	}

	/** Acknowledges receipt; acknowledging twice keeps the first acknowledgement. */
	@Transactional
	public FriaNotification acknowledge(UUID notificationId) {
		boolean first = open(notificationId).acknowledgedAt() == null;
		repository.acknowledge(notificationId, currentActor.require().userId(), OffsetDateTime.now(clock));
		events.publishEvent(new FriaAcknowledged(notificationId, first));
		return open(notificationId);
	}

}
