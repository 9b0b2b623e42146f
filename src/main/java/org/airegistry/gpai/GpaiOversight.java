package org.airegistry.gpai;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.airegistry.gpai.persistence.GpaiModelRepository;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What regulators do with GPAI model pages: record a Commission designation as systemic
 * risk (Art 51(1)(b), 52(4)) as a new public version, and read the Annex XI documentation
 * reference that the public never sees.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
public class GpaiOversight {

	private final GpaiModelRepository repository;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GpaiOversight(GpaiModelRepository repository, CurrentActor currentActor, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes a new version of the model with status "designated" and the decision
	 * date. The provider's unpublished draft changes are kept out of it.
	 * @return the number of the new version
	 */
	@Transactional
	public int designate(GpaiModelId id, LocalDate decisionDate) {
		PublicModel latest = repository.findPublic(id, null).orElseThrow(() -> new NotFoundException("GPAI model"));
		if (latest.data().systemicRiskStatus() == SystemicRiskStatus.DESIGNATED) {
			throw new ActionRefusedException("gpai.designate.refused.already");
		}
		LocalDate today = LocalDate.now(clock);
		if (decisionDate.isAfter(today)) {
			throw new InvalidInputException(List.of(new FieldError("statusDecisionDate", "gpai.validation.future")));
		}
		GpaiModelData designated = latest.data().withSystemicRiskStatus(SystemicRiskStatus.DESIGNATED, decisionDate);
		long lockVersion = repository.findDraft(id, repository.findOwner(id).orElseThrow()).orElseThrow().lockVersion();
		int version = latest.version() + 1;
		if (!repository.insertVersion(id, lockVersion, designated, version, latest.providerName(),
				"Designated as a general-purpose AI model with systemic risk (Art 52(4)), decision of " + decisionDate,
				currentActor.require().userId(), OffsetDateTime.now(clock))) {
			throw new ConcurrentEditException("GPAI model");
		}
		events.publishEvent(new GpaiModelPublished(id, version));
		return version;
	}

	/** The Annex XI documentation reference of any model. */
	@Transactional(readOnly = true)
	public String technicalDocumentation(GpaiModelId id) {
		return repository.findTechnicalDocumentation(id).orElseThrow(() -> new NotFoundException("GPAI model"));
	}

}
