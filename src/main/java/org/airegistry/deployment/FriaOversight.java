package org.airegistry.deployment;

import java.time.Clock;
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

	private final DeploymentMailer mailer;

	private final Authorities authorities;

	private final ApplicationEventPublisher events;

	FriaOversight(FriaRepository repository, CurrentActor currentActor, Clock clock, DeploymentMailer mailer,
			Authorities authorities, ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.mailer = mailer;
		this.currentActor = currentActor;
		this.clock = clock;
		this.authorities = authorities;
	}

	/**
	 * Notified assessments of deployers in the caller's Member State, newest first; those
	 * about a system in the non-public section (Art 49(4)) only for a user who may read
	 * that section (the one predicate, DD048): the Art 74(8) authority, the market
	 * surveillance authority for those systems (DD075).
	 */
	@Transactional(readOnly = true)
	public List<FriaNotification> inbox(int limit) {
		return repository.notificationsTo(country(), limit, currentActor.mayReadNonPublicSection());
	}

	/**
	 * One notified assessment in full, if it was routed to the caller's Member State;
	 * "not found" for one about a system in the non-public section and a user who may not
	 * read that section.
	 */
	@Transactional(readOnly = true)
	public FriaNotification open(UUID notificationId) {
		return repository.notification(notificationId, country(), currentActor.mayReadNonPublicSection())
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

	/**
	 * Acknowledges receipt; acknowledging twice keeps the first acknowledgement. The
	 * deployer is told by mail the first time (issue 21), when it gave a functional
	 * mailbox; a mail that cannot leave does not undo the acknowledgement.
	 */
	@Transactional
	public FriaNotification acknowledge(UUID notificationId) {
		open(notificationId);
		boolean first = repository.acknowledge(notificationId, currentActor.require().userId(), clock.instant());
		events.publishEvent(new FriaAcknowledged(notificationId, first));
		FriaNotification acknowledged = open(notificationId);
		if (first) {
			repository.deployerOf(notificationId)
				.ifPresent(
						deployer -> mailer.sendIfPossible(deployer, "friaAcknowledged",
								language -> new Object[] { acknowledged.systemName(),
										acknowledged.providerRegistrationNumber(), acknowledged.assessmentVersion(),
										mailer.link(DeploymentUiRoutes.MY_DEPLOYMENTS) }));
		}
		return acknowledged;
	}

}
