package org.airegistry.gpai;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.airegistry.gpai.persistence.GpaiModelRepository;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Audited;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
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
@PreAuthorize("hasRole('" + Competence.Names.GPAI + "')")
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

	/** The Annex XI PDFs attached to a model, newest first. */
	@Transactional(readOnly = true)
	public List<TechnicalDocument> technicalDocuments(GpaiModelId id) {
		repository.findOwner(id).orElseThrow(() -> new NotFoundException("GPAI model"));
		return repository.findTechnicalDocuments(id);
	}

	/**
	 * One Annex XI PDF for download; every download is written to the audit trail, in the
	 * same transaction.
	 * @throws NotFoundException for an unknown model or document
	 */
	@Transactional
	public TechnicalDocument.Download downloadTechnicalDocument(GpaiModelId id, String sha256) {
		TechnicalDocument.Download download = repository.findTechnicalDocument(id, sha256)
			.orElseThrow(() -> new NotFoundException("Technical documentation"));
		events.publishEvent(Audited.of("gpai-model.technical-document-downloaded", "gpai-model", id.toString())
			.withLegalReference("Art 53(1)(a), Annex XI")
			.withChange(null, download.document().fileName() + " " + sha256));
		return download;
	}

}
