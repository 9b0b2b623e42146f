package org.airegistry.gpai;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.airegistry.gpai.persistence.GpaiModelRepository;
import org.airegistry.publication.Author;
import org.airegistry.publication.Draft;
import org.airegistry.publication.Publication;
import org.airegistry.publication.RecordPublished;
import org.airegistry.publication.PublicationRules;
import org.airegistry.publication.Publisher;
import org.airegistry.publication.Visibility;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Audited;
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

	private final Publisher publisher;

	GpaiOversight(GpaiModelRepository repository, CurrentActor currentActor, ApplicationEventPublisher events,
			Clock clock, Publisher publisher) {
		this.publisher = publisher;
		this.repository = repository;
		this.currentActor = currentActor;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes a new version of the model with status "designated" and the decision
	 * date, through the publication kernel. The provider's unpublished draft changes are
	 * kept out of the version and kept in its draft, which takes over the designation.
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
		Actor actor = currentActor.require();
		return publisher
			.amend(repository.store(), new DesignationRules(decisionDate),
					new Author(actor.userId(), actor.organisationId()), id,
					data -> data.withSystemicRiskStatus(SystemicRiskStatus.DESIGNATED, decisionDate),
					"Designated as a general-purpose AI model with systemic risk (Art 52(4)), decision of "
							+ decisionDate)
			.version();
	}

	/**
	 * A designation adds no checks of its own; the version is public like every other.
	 */
	private record DesignationRules(LocalDate decisionDate) implements PublicationRules<GpaiModelId, GpaiModelData> {

		@Override
		public String subject() {
			return "GPAI model";
		}

		@Override
		public List<FieldError> problems(Draft<GpaiModelId, GpaiModelData> draft) {
			return List.of();
		}

		@Override
		public Visibility visibility(Draft<GpaiModelId, GpaiModelData> draft) {
			return Visibility.PUBLIC;
		}

		@Override
		public List<Object> published(Draft<GpaiModelId, GpaiModelData> draft, Publication publication) {
			return List.of(new GpaiModelPublished(draft.id(), publication.version()));
		}

		@Override
		public RecordPublished.Subject audited(Draft<GpaiModelId, GpaiModelData> draft, Publication publication) {
			return new RecordPublished.Subject("gpai-model.designated", "gpai-model", draft.id().toString(),
					"Art 51(1)(b), Art 52(4)", "decision of " + decisionDate);
		}

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
