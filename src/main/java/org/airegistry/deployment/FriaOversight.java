package org.airegistry.deployment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.airegistry.deployment.persistence.FriaRepository;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market surveillance authority's side of Art 27(3): the inbox of notified
 * assessments, each readable in full, and acknowledging receipt. Regulators only.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
public class FriaOversight {

	private final FriaRepository repository;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final DeploymentMailer mailer;

	FriaOversight(FriaRepository repository, CurrentActor currentActor, Clock clock, DeploymentMailer mailer) {
		this.repository = repository;
		this.mailer = mailer;
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

	/**
	 * Acknowledges receipt; acknowledging twice keeps the first acknowledgement. The
	 * deployer is told by mail the first time (issue 21), when it gave a functional
	 * mailbox; a mail that cannot leave does not undo the acknowledgement.
	 */
	@Transactional
	public FriaNotification acknowledge(UUID notificationId) {
		open(notificationId);
		boolean first = repository.acknowledge(notificationId, currentActor.require().userId(),
				OffsetDateTime.now(clock));
		FriaNotification acknowledged = open(notificationId);
		if (first) {
			repository.deployerMailbox(notificationId)
				.ifPresent(mailbox -> mailer.sendIfPossible(mailbox.email(), mailbox.country(), "friaAcknowledged",
						acknowledged.systemName(), acknowledged.providerRegistrationNumber(),
						acknowledged.assessmentVersion(), mailer.link(DeploymentUiRoutes.MY_DEPLOYMENTS)));
		}
		return acknowledged;
	}

}
