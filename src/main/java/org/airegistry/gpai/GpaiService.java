package org.airegistry.gpai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.airegistry.gpai.persistence.GpaiModelRepository;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.registry.PdfCheck;
import org.airegistry.registry.RegistrySettings;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Audited;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
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
	public static final int CHANGE_SUMMARY_MAX = 1000;

	/** The field an Annex XI PDF's problems are reported on. */
	public static final String TECHNICAL_DOCUMENT_FIELD = "technicalDocumentFile";

	private final GpaiModelRepository repository;

	private final CurrentActor currentActor;

	private final OrganisationService organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RegistrySettings settings;

	GpaiService(GpaiModelRepository repository, CurrentActor currentActor, OrganisationService organisations,
			ApplicationEventPublisher events, Clock clock, RegistrySettings settings) {
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
	public GpaiModelDraft createDraft(GpaiModelData data) {
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
	public GpaiModelDraft open(GpaiModelId id) {
		return repository.findDraft(id, currentActor.require().organisationId())
			.orElseThrow(() -> new NotFoundException("GPAI model"));
	}

	/** Saves the draft; refused if somebody saved the same model since it was opened. */
	@Transactional
	public GpaiModelDraft saveDraft(GpaiModelId id, long expectedLockVersion, GpaiModelData data) {
		Actor actor = currentActor.require();
		rejectInvalid(GpaiRules.draftProblems(data));
		GpaiModelDraft current = open(id);
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
	 * Publishes the saved draft as the next public version.
	 * @return the number of the new version
	 */
	@Transactional
	public int publish(GpaiModelId id, long expectedLockVersion, String changeSummary) {
		Actor actor = currentActor.require();
		GpaiModelDraft draft = open(id);
		if (draft.lockVersion() != expectedLockVersion) {
			throw new ConcurrentEditException("GPAI model");
		}
		if (!organisations.mayPublish(actor.organisationId())) {
			throw new ActionRefusedException("publish.refused.organisationNotActive");
		}
		if (draft.publishedVersion() != null && !draft.draftChanged()) {
			throw new ActionRefusedException("publish.refused.nothingChanged");
		}
		SystemicRiskStatus previous = draft.publishedVersion() == null ? SystemicRiskStatus.NONE
				: repository.findPublic(id, null).orElseThrow().data().systemicRiskStatus();
		String summary = changeSummary.strip();
		List<FieldError> problems = new ArrayList<>(GpaiRules.publicationProblems(draft.data(), new GpaiRules.Context(
				organisations.establishedInEu(actor.organisationId()), previous, today(), false)));
		if (draft.publishedVersion() != null && summary.isEmpty()) {
			problems.add(new FieldError("changeSummary", "gpai.validation.changeSummary"));
		}
		if (summary.length() > CHANGE_SUMMARY_MAX) {
			problems
				.add(new FieldError("changeSummary", "gpai.validation.tooLong", CHANGE_SUMMARY_MAX, summary.length()));
		}
		FreeText.check(problems, "changeSummary", summary);
		rejectInvalid(problems);
		int version = draft.publishedVersion() == null ? 1 : draft.publishedVersion() + 1;
		String providerName = organisations.legalName(actor.organisationId()).orElse("");
		if (!repository.insertVersion(id, expectedLockVersion, draft.data(), version, providerName, summary,
				actor.userId(), now())) {
			throw new ConcurrentEditException("GPAI model");
		}
		events.publishEvent(new GpaiModelPublished(id, version));
		return version;
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
		GpaiModelDraft draft = open(id);
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
		GpaiModelDraft draft = open(id);
		rejectInvalid(PdfCheck.problems(TECHNICAL_DOCUMENT_FIELD, file, settings.maxDocumentBytes()));
		try {
			return attach(id, draft, fileName, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TechnicalDocument attach(GpaiModelId id, GpaiModelDraft draft, String fileName, byte[] content) {
		String name = fileName.isBlank() ? "annex-xi.pdf" : fileName.strip();
		TechnicalDocument document = new TechnicalDocument(PdfCheck.sha256(content),
				draft.publishedVersion() == null ? 1 : draft.publishedVersion() + 1,
				name.length() > 255 ? name.substring(0, 255) : name, content.length, now());
		if (repository.insertTechnicalDocument(id, document, content, currentActor.require().userId())) {
			events.publishEvent(Audited.of("gpai-model.technical-document-attached", "gpai-model", id.toString())
				.withLegalReference("Art 53(1)(a), Annex XI")
				.withChange(null, document.fileName() + " " + document.sha256()));
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

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
