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
import org.airegistry.shared.Jurisdiction;
import org.springframework.security.access.AccessDeniedException;
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
	 * Publishes a new version of the model with status "designated" and the decision date
	 * (Art 51(1)(b), 52(4)), through the publication kernel.
	 * @return the number of the new version
	 * @see #decide
	 */
	@Transactional
	public int designate(GpaiModelId id, LocalDate decisionDate) {
		return decide(id, SystemicRiskStatus.DESIGNATED, decisionDate);
	}

	/**
	 * Records a decision of the Commission as a new public version of the model: a
	 * designation (Art 51(1)(b), 52(4), also confirming one after a reassessment request,
	 * Art 52(5)) or the rebuttal accepted or rejected (Art 52(3), only on arguments the
	 * provider submitted, Art 52(2)). Only regulators of the AI Office record decisions;
	 * a GPAI competence at a national authority is not enough. The provider's unpublished
	 * draft changes are kept out of the version and kept in its draft, which takes over
	 * the decision.
	 * @return the number of the new version
	 * @throws AccessDeniedException unless the user acts for the AI Office
	 * @throws ActionRefusedException when the decision does not follow from the model's
	 * status
	 */
	@Transactional
	public int decide(GpaiModelId id, SystemicRiskStatus decision, LocalDate decisionDate) {
		Actor actor = currentActor.require();
		if (!actor.jurisdictionFor(Competence.GPAI).map(Jurisdiction::isUnion).orElse(false)) {
			throw new AccessDeniedException("Only the AI Office records the Commission's decisions (Art 52)");
		}
		if (!GpaiRules.COMMISSION_DECISIONS.contains(decision)) {
			throw new ActionRefusedException("gpai.decide.refused.notDecision");
		}
		PublicModel latest = repository.findPublic(id, null).orElseThrow(() -> new NotFoundException("GPAI model"));
		SystemicRiskStatus current = latest.data().systemicRiskStatus();
		if (decision == SystemicRiskStatus.DESIGNATED && current == SystemicRiskStatus.DESIGNATED) {
			throw new ActionRefusedException("gpai.designate.refused.already");
		}
		if (decision != SystemicRiskStatus.DESIGNATED && current != SystemicRiskStatus.REBUTTAL_SUBMITTED) {
			throw new ActionRefusedException("gpai.decide.refused.noRebuttal");
		}
		LocalDate today = LocalDate.now(clock);
		if (decisionDate.isAfter(today)) {
			throw new InvalidInputException(List.of(new FieldError("statusDecisionDate", "gpai.validation.future")));
		}
		return publisher
			.amend(repository.store(), new DecisionRules(decision, decisionDate),
					new Author(actor.userId(), actor.organisationId()), id,
					data -> data.withSystemicRiskStatus(decision, decisionDate),
					new CommissionDecision(decision, decisionDate).stored())
			.version();
	}

	private static final java.util.Map<SystemicRiskStatus, String> DECISION_ARTICLES = java.util.Map.of(
			SystemicRiskStatus.DESIGNATED, "Art 51(1)(b), Art 52(4)", SystemicRiskStatus.REBUTTAL_ACCEPTED, "Art 52(3)",
			SystemicRiskStatus.REBUTTAL_REJECTED, "Art 52(3)");

	/**
	 * Art 52(1): the latest public versions of the models whose compute meets the
	 * threshold, with the notification due date, for the AI Office; late ones first.
	 */
	@Transactional(readOnly = true)
	public List<PublicModel> notifications() {
		LocalDate today = LocalDate.now(clock);
		return repository.findAllLatest(Integer.MAX_VALUE)
			.stream()
			.filter(model -> model.data().presumedSystemicRisk() || model.data().thresholdMetDate() != null)
			.sorted(java.util.Comparator.comparing((PublicModel model) -> !model.data().notificationLate(today))
				.thenComparing(model -> model.data().notificationDue().orElse(LocalDate.MAX)))
			.toList();
	}

	/**
	 * A decision adds no checks of its own; the version is public like every other.
	 */
	private record DecisionRules(SystemicRiskStatus decision,
			LocalDate decisionDate) implements PublicationRules<GpaiModelId, GpaiModelData> {

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
			return new RecordPublished.Subject(
					decision == SystemicRiskStatus.DESIGNATED ? "gpai-model.designated"
							: "gpai-model.rebuttal-"
									+ (decision == SystemicRiskStatus.REBUTTAL_ACCEPTED ? "accepted" : "rejected"),
					"gpai-model", draft.id().toString(), DECISION_ARTICLES.get(decision),
					"decision of " + decisionDate);
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
