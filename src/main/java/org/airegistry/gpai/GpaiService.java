package org.airegistry.gpai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.airegistry.gpai.persistence.GpaiModelRepository;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.publication.Author;
import org.airegistry.publication.ChangeSummary;
import org.airegistry.publication.Draft;
import org.airegistry.publication.Publication;
import org.airegistry.publication.RecordPublished;
import org.airegistry.publication.PublicationRules;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.PublishPreview;
import org.airegistry.publication.Publisher;
import org.airegistry.publication.Visibility;
import org.airegistry.registry.PdfCheck;
import org.airegistry.registry.RegistrySettings;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
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
 * What providers do with their GPAI model pages: create, save and publish them as new
 * immutable versions, and keep the Annex XI documentation reference that only regulators
 * see. Every method acts for the caller's own organisation; another organisation's model
 * is reported as not found.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
public class GpaiService {

	/** Longest change summary accepted for a version. */
	public static final int CHANGE_SUMMARY_MAX = ChangeSummary.MAX;

	/** The field an Annex XI PDF's problems are reported on. */
	public static final String TECHNICAL_DOCUMENT_FIELD = "technicalDocumentFile";

	private final GpaiModelRepository repository;

	private final CurrentActor currentActor;

	private final OrganisationService organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RegistrySettings settings;

	private final Publisher publisher;

	private final Freshness freshness;

	GpaiService(GpaiModelRepository repository, CurrentActor currentActor, OrganisationService organisations,
			ApplicationEventPublisher events, Clock clock, RegistrySettings settings, Publisher publisher,
			Freshness freshness) {
		this.publisher = publisher;
		this.freshness = freshness;
		this.repository = repository;
		this.currentActor = currentActor;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
	}

	/** Whether the caller's organisation is established in the Union (Art 54). */
	public boolean establishedInEu() {
		return organisations.establishedInEu(currentActor.require().organisationId());
	}

	@Transactional
	public Draft<GpaiModelId, GpaiModelData> createDraft(GpaiModelData data) {
		Actor actor = currentActor.require();
		rejectInvalid(GpaiRules.draftProblems(data));
		GpaiModelId id = GpaiModelId.random();
		repository.insertDraft(id, actor.organisationId(), data, now());
		return open(id);
	}

	@Transactional(readOnly = true)
	public List<WorkspaceModel> myModels() {
		return repository.findWorkspaceModels(currentActor.require().organisationId());
	}

	@Transactional(readOnly = true)
	public Draft<GpaiModelId, GpaiModelData> open(GpaiModelId id) {
		return repository.findDraft(id, currentActor.require().organisationId())
			.orElseThrow(() -> new NotFoundException("GPAI model"));
	}

	/** Saves the draft; refused if somebody saved the same model since it was opened. */
	@Transactional
	public Draft<GpaiModelId, GpaiModelData> saveDraft(GpaiModelId id, long expectedLockVersion, GpaiModelData data) {
		Actor actor = currentActor.require();
		rejectInvalid(GpaiRules.draftProblems(data));
		Draft<GpaiModelId, GpaiModelData> current = open(id);
		if (current.lockVersion() == expectedLockVersion && current.data().equals(data)) {
			return current;
		}
		if (current.lockVersion() != expectedLockVersion
				|| !repository.updateDraft(id, actor.organisationId(), expectedLockVersion, data, now())) {
			throw new ConcurrentEditException("GPAI model");
		}
		return open(id);
	}

	/**
	 * Publishes the saved draft as the next public version, through the publication
	 * kernel's one publish flow.
	 * @return the number of the new version
	 */
	@Transactional
	public int publish(GpaiModelId id, long expectedLockVersion, String changeSummary) {
		Actor actor = currentActor.require();
		return publisher
			.publish(repository.store(), new ModelRules(actor), new Author(actor.userId(), actor.organisationId()), id,
					expectedLockVersion, changeSummary)
			.version();
	}

	/**
	 * What publishing the saved draft would do, for the confirmation the editor asks
	 * before an irreversible publication (issue 21): the problems {@link #publish} would
	 * refuse it for, and the version it would replace.
	 */
	@Transactional(readOnly = true)
	public PublishPreview<GpaiModelData> previewPublication(GpaiModelId id) {
		Actor actor = currentActor.require();
		return publisher.preview(repository.store(), new ModelRules(actor),
				new Author(actor.userId(), actor.organisationId()), id);
	}

	/**
	 * Confirms with one click that one of the organisation's published model pages is
	 * still accurate, without a new version (issue 21, freshness); audited.
	 * @throws ActionRefusedException {@code freshness.refused.notPublished} for a page
	 * never published
	 */
	@Transactional
	public Freshness.Standing confirmCurrent(GpaiModelId id) {
		Actor actor = currentActor.require();
		return freshness.confirm(repository.store(), new Author(actor.userId(), actor.organisationId()), id,
				"gpai-model", id.toString(), "Art 53(1)(b)");
	}

	/**
	 * When one of the organisation's model pages was last published or confirmed as
	 * current; empty while never published.
	 */
	@Transactional(readOnly = true)
	public Optional<Freshness.Standing> standing(GpaiModelId id) {
		open(id);
		return freshness.standing(repository.store(), id);
	}

	/** What model pages add to the publish flow. */
	private final class ModelRules implements PublicationRules<GpaiModelId, GpaiModelData> {

		private final Actor actor;

		ModelRules(Actor actor) {
			this.actor = actor;
		}

		@Override
		public String subject() {
			return "GPAI model";
		}

		@Override
		public List<FieldError> problems(Draft<GpaiModelId, GpaiModelData> draft) {
			java.util.Optional<GpaiModelData> latest = repository.latestData(draft.id());
			SystemicRiskStatus previous = latest.map(GpaiModelData::systemicRiskStatus).orElse(SystemicRiskStatus.NONE);
			// providers never record the Commission's decisions (Art 52(3), 52(4))
			return GpaiRules.publicationProblems(draft.data(),
					new GpaiRules.Context(organisations.establishedInEu(actor.organisationId()), previous, today(),
							false, latest.map(GpaiModelData::statusDecisionDate).orElse(null)));
		}

		@Override
		public Visibility visibility(Draft<GpaiModelId, GpaiModelData> draft) {
			// model pages are public (Art 53(1)(d), Art 52(5))
			return Visibility.PUBLIC;
		}

		@Override
		public List<Object> published(Draft<GpaiModelId, GpaiModelData> draft, Publication publication) {
			return List.of(new GpaiModelPublished(draft.id(), publication.version()));
		}

		@Override
		public RecordPublished.Subject audited(Draft<GpaiModelId, GpaiModelData> draft, Publication publication) {
			return new RecordPublished.Subject("gpai-model.published", "gpai-model", draft.id().toString(),
					"Art 53(1)(d)");
		}

	}

	/** The Annex XI documentation reference (text or link); never public. */
	@Transactional(readOnly = true)
	public String technicalDocumentation(GpaiModelId id) {
		open(id);
		return repository.findTechnicalDocumentation(id).orElse("");
	}

	@Transactional
	public void saveTechnicalDocumentation(GpaiModelId id, String text) {
		open(id);
		if (text.length() > GpaiRules.TEXT_MAX) {
			throw new InvalidInputException(List.of(new FieldError("technicalDocumentation", "gpai.validation.tooLong",
					GpaiRules.TEXT_MAX, text.length())));
		}
		repository.updateTechnicalDocumentation(id, currentActor.require().organisationId(), text.strip(), now());
	}

	/**
	 * Attaches an Annex XI technical documentation PDF to the model (Art 53(1)(a)), after
	 * the registry's upload checks (size, PDF signature, parseable by PDFBox); nothing is
	 * stored otherwise. Restricted: never part of a public version.
	 * @throws InvalidInputException on the field {@code technicalDocumentFile}
	 */
	@Transactional
	public TechnicalDocument attachTechnicalDocument(GpaiModelId id, String fileName, byte[] content) {
		Draft<GpaiModelId, GpaiModelData> draft = open(id);
		rejectInvalid(PdfCheck.problems(TECHNICAL_DOCUMENT_FIELD, content, settings.maxDocumentBytes()));
		return attach(id, draft, fileName, content);
	}

	/**
	 * Attaches a PDF that an upload streamed to a temporary file (already bounded by the
	 * document limit), after the same checks; read into memory only after it passed them.
	 * @throws InvalidInputException on the field {@code technicalDocumentFile}
	 */
	@Transactional
	public TechnicalDocument attachTechnicalDocument(GpaiModelId id, String fileName, Path file) {
		Draft<GpaiModelId, GpaiModelData> draft = open(id);
		rejectInvalid(PdfCheck.problems(TECHNICAL_DOCUMENT_FIELD, file, settings.maxDocumentBytes()));
		try {
			return attach(id, draft, fileName, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TechnicalDocument attach(GpaiModelId id, Draft<GpaiModelId, GpaiModelData> draft, String fileName,
			byte[] content) {
		String name = fileName.isBlank() ? "annex-xi.pdf" : fileName.strip();
		TechnicalDocument document = new TechnicalDocument(PdfCheck.sha256(content),
				draft.publishedVersion() == null ? 1 : draft.publishedVersion() + 1,
				name.length() > 255 ? name.substring(0, 255) : name, content.length, now());
		if (repository.insertTechnicalDocument(id, document, content, currentActor.require().userId())) {
			events.publishEvent(new TechnicalDocumentAttached(id, document.fileName(), document.sha256()));
		}
		return document;
	}

	/** The Annex XI PDFs attached to the caller's model, newest first. */
	@Transactional(readOnly = true)
	public List<TechnicalDocument> technicalDocuments(GpaiModelId id) {
		open(id);
		return repository.findTechnicalDocuments(id);
	}

	/** Largest Annex XI PDF accepted, in bytes (the registry's document limit). */
	public long maxTechnicalDocumentBytes() {
		return settings.maxDocumentBytes();
	}

	private static void rejectInvalid(List<FieldError> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant now() {
		return clock.instant();
	}

}
