package org.airegistry.registry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.airegistry.organisation.OrganisationService;
import org.airegistry.registry.persistence.AiSystemRepository;
import org.airegistry.publication.Author;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.ChangeSummary;
import org.airegistry.publication.Draft;
import org.jspecify.annotations.Nullable;
import org.airegistry.publication.Publication;
import org.airegistry.publication.RecordPublished;
import org.airegistry.publication.PublicationRules;
import org.airegistry.publication.Freshness;
import org.airegistry.publication.PublishPreview;
import org.airegistry.publication.Publisher;
import org.airegistry.publication.Visibility;
import org.airegistry.registry.persistence.DocumentRepository;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What providers do with their entries: create a draft, save it, publish it as a new
 * public version. Every method acts for the caller's own organisation only; another
 * organisation's entry is reported as not found.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
public class RegistryService {

	/** Longest change summary accepted for a version. */
	public static final int CHANGE_SUMMARY_MAX = ChangeSummary.MAX;

	private final AiSystemRepository repository;

	private final CurrentActor currentActor;

	private final OrganisationService organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Point1Policy point1Policy;

	private final DocumentRepository documents;

	private final RegistrySettings settings;

	private final Publisher publisher;

	private final Freshness freshness;

	private final RepresentativeMandates mandates;

	RegistryService(AiSystemRepository repository, CurrentActor currentActor, OrganisationService organisations,
			ApplicationEventPublisher events, Clock clock,
			@Value("${airegistry.registry.restricted-tier.point1:LE_OR_MIGRATION_USE_ONLY}") Point1Policy point1Policy,
			DocumentRepository documents, RegistrySettings settings, Publisher publisher, Freshness freshness,
			RepresentativeMandates mandates) {
		this.freshness = freshness;
		this.mandates = mandates;
		this.publisher = publisher;
		this.documents = documents;
		this.settings = settings;
		this.repository = repository;
		this.currentActor = currentActor;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
		this.point1Policy = point1Policy;
	}

	/**
	 * Whether an entry with this content belongs in the non-public section (Art 49(4)),
	 * under the configured point-1 policy.
	 */
	public boolean isRestricted(EntryData data) {
		return data.restricted(point1Policy);
	}

	/**
	 * Whether the caller's organisation must name an authorised representative (A.3):
	 * providers not established in the EU (Art 22(1)).
	 */
	public boolean authorisedRepresentativeRequired() {
		return !organisations.establishedInEu(currentActor.require().organisationId());
	}

	/**
	 * What the editor proposes when the provider names the representative of an entry:
	 * the authorised-representative organisation it named on sign-up, by its legal name
	 * and functional e-mail; empty when it named none.
	 */
	public MandateRequest proposedMandate() {
		return organisations.authorisedRepresentativeOf(currentActor.require().organisationId())
			.flatMap(organisations::contact)
			.map(contact -> new MandateRequest(contact.functionalEmail(), contact.legalName()))
			.orElse(MandateRequest.empty());
	}

	/** Starts a new entry as a draft of the caller's organisation. */
	@Transactional
	public DraftEntry createDraft(EntryData data) {
		Actor actor = currentActor.require();
		rejectInvalid(data.draftProblems(point1Policy, settings.omnibus2026()));
		AiSystemId id = AiSystemId.random();
		// Art 22(3): A.3 follows the mandate, and a new entry has none yet
		repository.insertDraft(id, actor.organisationId(), data.withAuthorisedRepresentative(""), now());
		DraftEntry created = open(id);
		// no registration number yet: it comes with the first publication
		events.publishEvent(new EntryCreated(id));
		return created;
	}

	/** The caller's organisation's entries, most recently changed first. */
	@Transactional(readOnly = true)
	public List<WorkspaceEntry> myEntries() {
		return repository.findWorkspaceEntries(currentActor.require().organisationId());
	}

	/**
	 * Confirms with one click that one of the organisation's published entries is still
	 * accurate, without a new version (issue 21, freshness); audited.
	 * @throws ActionRefusedException {@code freshness.refused.notPublished} for an entry
	 * never published
	 */
	@Transactional
	public Freshness.Standing confirmCurrent(AiSystemId id) {
		Actor actor = currentActor.require();
		DraftEntry draft = open(id);
		return freshness.confirm(repository.store(), new Author(actor.userId(), actor.organisationId()), id,
				"ai-system", draft.registrationNumber() == null ? id.value().toString() : draft.registrationNumber(),
				"Art 49(1)");
	}

	/**
	 * When one of the organisation's entries was last published or confirmed as current;
	 * empty while never published.
	 */
	@Transactional(readOnly = true)
	public Optional<Freshness.Standing> standing(AiSystemId id) {
		open(id);
		return freshness.standing(repository.store(), id);
	}

	/** Opens one of the caller's organisation's entries for editing. */
	@Transactional(readOnly = true)
	public DraftEntry open(AiSystemId id) {
		return repository.findDraft(id, currentActor.require().organisationId())
			.orElseThrow(() -> new NotFoundException("AI system entry"));
	}

	/**
	 * Saves the draft; refused if somebody saved the same entry since it was opened.
	 * @param expectedLockVersion the lock version of the draft as it was opened
	 */
	@Transactional
	public DraftEntry saveDraft(AiSystemId id, long expectedLockVersion, EntryData sent) {
		Actor actor = currentActor.require();
		DraftEntry current = open(id);
		// Art 22(3), Annex VIII A.3: never the provider's text, always the mandate's
		EntryData data = sent.withAuthorisedRepresentative(mandates.a3(id));
		rejectInvalid(data.draftProblems(point1Policy, settings.omnibus2026()));
		if (current.lockVersion() == expectedLockVersion && current.data().equals(data)) {
			return current;
		}
		if (current.lockVersion() != expectedLockVersion
				|| !repository.updateDraft(id, actor.organisationId(), expectedLockVersion, data, now())) {
			throw new ConcurrentEditException("AI system entry");
		}
		events.publishEvent(new EntryDraftSaved(id, current.registrationNumber()));
		return open(id);
	}

	/**
	 * Publishes the saved draft as the next version, through the publication kernel's one
	 * publish flow. The version is public, or in the non-public section (Art 49(4)) when
	 * its content belongs there; its section is stored with it. The first publication
	 * gives the entry its registration number, from its section's series. Refused while
	 * the organisation awaits approval, when there is nothing new to publish, or when
	 * required content is missing.
	 * @return the number of the new version
	 */
	@Transactional
	public int publish(AiSystemId id, long expectedLockVersion, String changeSummary) {
		Actor actor = currentActor.require();
		long lockVersion = withCurrentMandate(id, expectedLockVersion, actor);
		return publisher
			.publish(repository.store(), new EntryRules(actor), new Author(actor.userId(), actor.organisationId()), id,
					lockVersion, changeSummary)
			.version();
	}

	/**
	 * Art 22(3), Annex VIII A.3: the version about to be published states the mandate as
	 * it stands now (it may have been answered since the draft was saved).
	 * @return the draft's lock version after the update
	 */
	private long withCurrentMandate(AiSystemId id, long expectedLockVersion, Actor actor) {
		DraftEntry draft = open(id);
		String a3 = mandates.a3(id);
		if (draft.lockVersion() != expectedLockVersion || draft.data().authorisedRepresentative().equals(a3)) {
			return expectedLockVersion;
		}
		if (!repository.updateDraft(id, actor.organisationId(), expectedLockVersion,
				draft.data().withAuthorisedRepresentative(a3), now())) {
			throw new ConcurrentEditException("AI system entry");
		}
		return open(id).lockVersion();
	}

	/**
	 * What publishing the saved draft would do, for the confirmation the editor asks for
	 * before an irreversible publication (issue 21): the problems that would refuse it
	 * (the same checks {@link #publish} makes), and the public version it would follow,
	 * if any, to show the changes against.
	 * @throws ActionRefusedException {@code publish.refused.organisationNotActive} while
	 * the organisation awaits approval, {@code publish.refused.nothingChanged} when there
	 * is nothing new to publish
	 */
	@Transactional(readOnly = true)
	public PublishPreview<EntryData> previewPublication(AiSystemId id) {
		Actor actor = currentActor.require();
		return publisher.preview(repository.store(), new EntryRules(actor),
				new Author(actor.userId(), actor.organisationId()), id);
	}

	/** What entries add to the publish flow. */
	private final class EntryRules implements PublicationRules<AiSystemId, EntryData> {

		private final Actor actor;

		EntryRules(Actor actor) {
			this.actor = actor;
		}

		@Override
		public String subject() {
			return "AI system entry";
		}

		@Override
		public List<FieldError> problems(Draft<AiSystemId, EntryData> draft) {
			List<FieldError> problems = new ArrayList<>(
					draft.data().publicationProblems(point1Policy, settings.omnibus2026()));
			// Annex VIII A.8: an expired certificate is not published as valid for a
			// system
			// on the market or in service (A.7); a withdrawn or recalled system's entry
			// stays
			// updatable, and its page says when the certificate expired
			Certificate certificate = draft.data().certificate();
			EntryStatus status = draft.data().status();
			boolean inUse = status == EntryStatus.ON_MARKET || status == EntryStatus.IN_SERVICE;
			if (inUse && certificate.expiredOn(java.time.LocalDate.now(clock))) {
				problems.add(new FieldError("certificate.expiryDate", "validation.certificate.expired",
						String.valueOf(certificate.expiryDate())));
			}
			// Art 22(1): named, whether or not it has confirmed yet (Art 49(1), DD067)
			if (!mandates.named(draft.id()) && !organisations.establishedInEu(actor.organisationId())) {
				problems
					.add(new FieldError("authorisedRepresentative", "validation.authorisedRepresentative.required"));
			}
			for (DocumentKind kind : DocumentKind.values()) {
				StoredDocument document = draft.data().documents().get(kind);
				if (document != null && !documents.exists(actor.organisationId(), document.sha256())) {
					problems.add(new FieldError("documents." + kind.name(), "validation.document.missing"));
				}
			}
			return problems;
		}

		@Override
		public Visibility visibility(Draft<AiSystemId, EntryData> draft) {
			return sectionOf(draft.data());
		}

		@Override
		public List<Object> published(Draft<AiSystemId, EntryData> draft, Publication publication) {
			return List.of(new EntryPublished(draft.id(), publication.version()));
		}

		@Override
		public RecordPublished.Subject audited(Draft<AiSystemId, EntryData> draft, Publication publication) {
			EntryData data = draft.data();
			return new RecordPublished.Subject("entry.published", "ai-system",
					repository.registrationNumber(draft.id()).orElseThrow(),
					publication.visibility() == Visibility.RESTRICTED ? "Art 49(4)"
							: data.classification() == Classification.SECTION_B ? "Art 49(2)" : "Art 49(1)",
					data.status() == null ? "" : data.status().name());
		}

	}

	/**
	 * The section entry content is published in (Art 49(4)), under the configured point-1
	 * policy.
	 */
	Visibility sectionOf(EntryData data) {
		return isRestricted(data) ? Visibility.RESTRICTED : Visibility.PUBLIC;
	}

	/**
	 * Stores an uploaded PDF for the caller's organisation after checking it (size,
	 * content type by its first bytes, parseable by PDFBox, not encrypted, no active
	 * content or embedded files); nothing is stored otherwise. The returned reference
	 * goes into the entry's documents.
	 */
	@Transactional
	public StoredDocument storeDocument(DocumentKind kind, String fileName, byte[] content) {
		currentActor.require();
		rejectInvalid(PdfCheck.problems("documents." + kind.name(), content, settings.maxDocumentBytes()));
		return store(fileName, content);
	}

	/**
	 * Stores a PDF that an upload streamed to a temporary file (already bounded by the
	 * document limit), after the same checks as
	 * {@link #storeDocument(DocumentKind, String, byte[])}; the file is read into memory
	 * only after it passed them.
	 */
	@Transactional
	public StoredDocument storeDocument(DocumentKind kind, String fileName, Path file) {
		currentActor.require();
		return store(fileName, PdfCheck.checkedContent("documents." + kind.name(), file, settings.maxDocumentBytes()));
	}

	private StoredDocument store(String fileName, byte[] content) {
		Actor actor = currentActor.require();
		StoredDocument document = new StoredDocument(sha256(content), fileName, content.length);
		documents.insertIfAbsent(actor.organisationId(), document, content, now());
		return document;
	}

	/** Whether the 2026 amendment removed Annex VIII items B.7 and B.9. */
	public boolean omnibus2026() {
		return settings.omnibus2026();
	}

	/** Largest PDF document accepted, in bytes. */
	public long maxDocumentBytes() {
		return settings.maxDocumentBytes();
	}

	static String sha256(byte[] content) {
		return CanonicalJson.sha256(content);
	}

	private static void rejectInvalid(List<FieldError> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private Instant now() {
		return clock.instant();
	}

}
