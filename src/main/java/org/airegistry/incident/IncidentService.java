package org.airegistry.incident;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiService;
import org.airegistry.incident.persistence.IncidentRepository;
import org.airegistry.publication.Author;
import org.airegistry.publication.Draft;
import org.airegistry.publication.Publication;
import org.airegistry.publication.PublicationRules;
import org.airegistry.publication.Publisher;
import org.airegistry.publication.RecordPublished;
import org.airegistry.publication.Visibility;
import org.airegistry.registry.LinkableEntry;
import org.airegistry.registry.RecordDocuments;
import org.airegistry.registry.ProviderEntries;
import org.airegistry.registry.RegistrationNumbers;
import org.airegistry.registry.RegistrySettings;
import org.airegistry.registry.StoredDocument;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Crockford;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reporters do with serious-incident reports: start one about a registered AI system
 * (restricted ones included) or a GPAI model with systemic risk, fill it in, attach PDFs,
 * submit the initial, complete and follow-up versions through the publication kernel's
 * one publish flow (every version {@link Visibility#NEVER_PUBLIC}), and read what the
 * authorities did. Every method acts for the caller's own organisation; another
 * organisation's report is reported as not found.
 */
@Service
@PreAuthorize("hasAnyRole('" + Role.Names.PROVIDER + "', '" + Role.Names.DEPLOYER + "')")
public class IncidentService {

	private static final String SUBJECT = "Serious-incident report";

	private final IncidentRepository repository;

	private final CurrentActor currentActor;

	private final ProviderEntries entries;

	private final GpaiService gpai;

	private final GpaiQueries gpaiQueries;

	private final Publisher publisher;

	private final IncidentDeadlines deadlines;

	private final IncidentDelivery delivery;

	private final IncidentCases cases;

	private final IncidentSettings settings;

	private final RecordDocuments<IncidentId> attachments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	IncidentService(IncidentRepository repository, CurrentActor currentActor, ProviderEntries entries, GpaiService gpai,
			GpaiQueries gpaiQueries, Publisher publisher, IncidentDeadlines deadlines, IncidentDelivery delivery,
			IncidentCases cases, IncidentSettings settings, RegistrySettings registrySettings,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.repository = repository;
		this.currentActor = currentActor;
		this.entries = entries;
		this.gpai = gpai;
		this.gpaiQueries = gpaiQueries;
		this.publisher = publisher;
		this.deadlines = deadlines;
		this.delivery = delivery;
		this.settings = settings;
		this.attachments = new RecordDocuments<>("attachments", "Attachment", repository::insertDocumentIfAbsent,
				repository::documentContent, registrySettings, clock);
		this.events = events;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- starting

	/**
	 * Starts a report about a registered AI system: as its provider (Art 73), or as a
	 * deployer (Art 26(5)) going to the provider first or, when the provider cannot be
	 * reached, straight to the authorities.
	 * @param deployerRoute for deployers, where the report goes; ignored for providers
	 */
	@Transactional
	public IncidentReport startForSystem(String registrationNumber, Route deployerRoute) {
		Actor actor = currentActor.require();
		String number = RegistrationNumbers.parse(registrationNumber)
			.orElseThrow(() -> invalid("registrationNumber", "incident.start.numberFormat"));
		LinkableEntry entry = entries.findLatest(number)
			.orElseThrow(() -> invalid("registrationNumber", "incident.start.unknownSystem"));
		ReporterRole role;
		Route route;
		if (entry.entry().providerId().equals(actor.organisationId()) && actor.has(Role.PROVIDER)) {
			role = ReporterRole.PROVIDER;
			route = Route.AUTHORITY;
		}
		else if (actor.has(Role.DEPLOYER)) {
			if (deployerRoute == Route.AUTHORITY) {
				throw invalid("route", "incident.start.deployerRoute");
			}
			role = ReporterRole.DEPLOYER;
			route = deployerRoute;
		}
		else {
			throw invalid("registrationNumber", "incident.start.notYourSystem");
		}
		return start(actor, role, route, number, null, entry.entry().data().tradeName(), entry.entry().providerId(),
				entry.entry().data().annexIIIPoint(), entry.entry().data().lawEnforcementOrMigrationUse(), null,
				IncidentReportData.empty());
	}

	/** The caller's GPAI models with systemic risk (Art 55). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	public List<GpaiModelOption> mySystemicRiskModels() {
		return gpai.myModels()
			.stream()
			.map(model -> gpaiQueries.latest(model.id()))
			.flatMap(Optional::stream)
			.filter(model -> model.data().systemicRisk())
			.map(model -> new GpaiModelOption(model.id().value(), model.data().name()))
			.toList();
	}

	/**
	 * Starts a report about one of the caller's GPAI models with systemic risk (Art
	 * 55(1)(c)).
	 */
	@Transactional
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	public IncidentReport startForModel(UUID modelId) {
		Actor actor = currentActor.require();
		GpaiModelOption model = mySystemicRiskModels().stream()
			.filter(option -> option.id().equals(modelId))
			.findFirst()
			.orElseThrow(() -> invalid("gpaiModel", "incident.start.notSystemic"));
		return start(actor, ReporterRole.GPAI_PROVIDER, Route.AUTHORITY, null, model.id(), model.name(),
				actor.organisationId(), null, false, null, IncidentReportData.empty());
	}

	/**
	 * Starts the provider's own report from a deployer's report about one of its systems
	 * (Art 26(5), Art 73), with the deployer's facts as a first draft; the same report
	 * again if the provider already started one.
	 */
	@Transactional
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	public IncidentReport startFromDeployerReport(IncidentId deployerReport) {
		Actor actor = currentActor.require();
		IncidentReport source = deployerReportFor(actor, deployerReport);
		String number = java.util.Objects.requireNonNull(source.registrationNumber());
		Optional<IncidentReport> existing = repository.basedOn(source.id())
			.stream()
			.map(summary -> repository.find(summary.id()).orElseThrow())
			.filter(report -> report.reporter().equals(actor.organisationId()))
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		IncidentReportData facts = repository.versions(source.id()).getFirst().data();
		IncidentReportData draft = new IncidentReportData(ReportType.INITIAL, facts.title(), facts.memberStates(),
				facts.occurredOn(), facts.awareAt(), facts.causalLinkAt(), facts.categories(), facts.death(),
				facts.widespreadInfringement(), false, facts.sectoralRegime(), facts.affectedPersons(),
				facts.description(), facts.harm(), facts.causalLink(), facts.immediateMeasures(), "", "", "", false, "",
				facts.otherAuthoritiesInformed(), "", "", List.of());
		LinkableEntry entry = entries.findLatest(number).orElseThrow(() -> new NotFoundException(SUBJECT));
		return start(actor, ReporterRole.PROVIDER, Route.AUTHORITY, number, null, source.subjectName(),
				actor.organisationId(), entry.entry().data().annexIIIPoint(),
				entry.entry().data().lawEnforcementOrMigrationUse(), source.id(), draft);
	}

	private IncidentReport start(Actor actor, ReporterRole role, Route route, @Nullable String registrationNumber,
			@Nullable UUID gpaiModel, String subjectName, OrganisationId provider, @Nullable AnnexIIIPoint point,
			boolean lawEnforcementUse, @Nullable IncidentId basedOn, IncidentReportData data) {
		IncidentId id = IncidentId.random();
		String reference;
		do {
			reference = "SI-" + Crockford.random(random, 8);
		}
		while (repository.referenceExists(reference));
		repository.insert(
				new IncidentRepository.NewReport(id, actor.organisationId(), actor.userId(), reference, role, route,
						registrationNumber, gpaiModel, subjectName, provider, point, lawEnforcementUse, basedOn, data),
				now());
		updateDeadline(id, role, data);
		events.publishEvent(new IncidentStepped(reference, IncidentStepped.Step.STARTED, role.article(), null,
				role + " " + route + " " + (registrationNumber == null ? "GPAI " + gpaiModel : registrationNumber)));
		return repository.find(id).orElseThrow();
	}

	// ------------------------------------------------------------------ reading

	/** The caller's organisation's reports, most recently changed first. */
	@Transactional(readOnly = true)
	public List<IncidentSummary> myReports() {
		return repository.ofReporter(currentActor.require().organisationId());
	}

	/**
	 * Submitted reports of deployers about the caller's systems that came to it first
	 * (Art 26(5)).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	public List<IncidentSummary> deployerReportsAboutMySystems() {
		return repository.fromDeployersOf(currentActor.require().organisationId());
	}

	/**
	 * A deployer's report about one of the caller's systems, with its submitted versions.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	public IncidentCase deployerReport(IncidentId id) {
		Actor actor = currentActor.require();
		IncidentCase found = cases.forAuthorities(deployerReportFor(actor, id).id());
		// the provider sees the deployer's report, not what the authorities did with it
		return new IncidentCase(found.report(), found.versions(), List.of(), found.deadline());
	}

	/**
	 * An attachment of a submitted version of a deployer's report about one of the
	 * caller's systems.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
	public byte[] deployerReportAttachment(IncidentId id, String sha256) {
		IncidentReport report = deployerReportFor(currentActor.require(), id);
		return submittedAttachment(report.id(), sha256);
	}

	/**
	 * An attachment that is part of a submitted version (never one only uploaded to a
	 * draft).
	 */
	private byte[] submittedAttachment(IncidentId id, String sha256) {
		boolean submitted = repository.versions(id)
			.stream()
			.flatMap(version -> version.data().attachments().stream())
			.anyMatch(document -> document.sha256().equals(sha256));
		if (!submitted) {
			throw new NotFoundException("Attachment");
		}
		return attachments.content(id, sha256);
	}

	private IncidentReport deployerReportFor(Actor actor, IncidentId id) {
		return repository.find(id)
			.filter(report -> report.role() == ReporterRole.DEPLOYER && report.route() == Route.PROVIDER_FIRST)
			.filter(report -> actor.organisationId().equals(report.provider()))
			.filter(report -> report.submittedVersion() != null)
			.orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	/**
	 * One of the caller's organisation's reports with its versions and what the
	 * authorities did.
	 */
	@Transactional(readOnly = true)
	public IncidentCase open(IncidentId id) {
		return cases.forReporter(own(id));
	}

	/**
	 * The deadline of a report: of its working copy before the first submission, then
	 * frozen.
	 */
	public Optional<IncidentDeadline> deadline(IncidentReport report) {
		return cases.deadline(report);
	}

	/**
	 * The deadline a report with this content would have (for the form, before saving).
	 */
	public Optional<IncidentDeadline> preview(ReporterRole role, IncidentReportData data) {
		return deadlines.of(role, data);
	}

	// ----------------------------------------------------------------- editing

	/** Saves the working copy; refused if somebody saved it since it was opened. */
	@Transactional
	public IncidentReport save(IncidentId id, long expectedLockVersion, IncidentReportData data) {
		Actor actor = currentActor.require();
		IncidentReport report = own(id);
		if (report.state() == IncidentState.CLOSED) {
			throw new ActionRefusedException("incident.refused.closed");
		}
		reject(data.draftProblems(report.role(), clock.instant(), settings.zone()));
		if (report.lockVersion() == expectedLockVersion && report.draft().equals(data)) {
			return report;
		}
		if (report.lockVersion() != expectedLockVersion
				|| !repository.saveDraft(id, actor.organisationId(), expectedLockVersion, data, now())) {
			throw new ConcurrentEditException(SUBJECT);
		}
		if (report.submittedVersion() == null) {
			updateDeadline(id, report.role(), data);
		}
		events
			.publishEvent(new IncidentStepped(report.reference(), IncidentStepped.Step.DRAFT_SAVED, null, null, null));
		return repository.find(id).orElseThrow();
	}

	/**
	 * Checks an uploaded PDF (size, content type by its first bytes, parseable) like
	 * every document of the registry and stores it with the report; the returned
	 * reference goes into the working copy's attachments.
	 */
	@Transactional
	public StoredDocument storeAttachment(IncidentId id, String fileName, byte[] content) {
		return stored(own(id), attachments.store(id, fileName, content, currentActor.require().userId()));
	}

	/**
	 * Checks and stores a PDF that an upload streamed to a temporary file (bounded by the
	 * document limit): the same checks as the other documents of the registry, and the
	 * file is read into memory only after it passed them.
	 */
	@Transactional
	public StoredDocument storeAttachment(IncidentId id, String fileName, java.nio.file.Path file) {
		return stored(own(id), attachments.store(id, fileName, file, currentActor.require().userId()));
	}

	private StoredDocument stored(IncidentReport report, StoredDocument document) {
		events.publishEvent(new IncidentStepped(report.reference(), IncidentStepped.Step.ATTACHMENT_STORED, null, null,
				document.fileName() + " " + document.sha256()));
		return document;
	}

	/** An attachment of one of the caller's organisation's reports. */
	@Transactional(readOnly = true)
	public byte[] attachment(IncidentId id, String sha256) {
		own(id);
		return attachments.content(id, sha256);
	}

	/** Largest PDF accepted, in bytes (the registry's document limit). */
	public long maxAttachmentBytes() {
		return attachments.maxBytes();
	}

	/**
	 * Submits the saved working copy as the next version, of the kind its
	 * {@link IncidentReportData#reportType()} says, through the kernel's publish flow;
	 * the first submission freezes the deadline and marks a late report. The version goes
	 * to the competent authorities (and a deployer's first to the provider).
	 * @return the report as it is now
	 */
	@Transactional
	public IncidentReport submit(IncidentId id, long expectedLockVersion, String changeSummary) {
		Actor actor = currentActor.require();
		IncidentReport report = own(id);
		IncidentReportData data = report.draft();
		IncidentState next = IncidentStateMachine.submit(report.state(), data.reportType());
		Instant now = clock.instant();
		boolean first = report.submittedVersion() == null;
		Optional<IncidentDeadline> deadline = first ? deadlines.of(report.role(), data) : deadline(report);
		boolean late = first ? deadline.map(found -> !found.inTime(now)).orElse(false) : report.late();
		Publication publication = publisher.publish(repository.store(), new ReportRules(report, now, late),
				new Author(actor.userId(), actor.organisationId()), id, expectedLockVersion, changeSummary);
		if (first) {
			deadline.ifPresent(
					found -> repository.setDeadline(id, found.deadlineCase(), found.clockStart(), found.dueAt()));
		}
		repository.submitted(id, next, now, first, late, data.reportType() == ReportType.COMPLETE);
		IncidentReport submitted = repository.find(id).orElseThrow();
		delivery.submitted(submitted, publication.version(), data, now);
		return submitted;
	}

	/** What reports add to the kernel's publish flow. */
	private final class ReportRules implements PublicationRules<IncidentId, IncidentReportData> {

		private final IncidentReport report;

		private final Instant now;

		private final boolean late;

		ReportRules(IncidentReport report, Instant now, boolean late) {
			this.report = report;
			this.now = now;
			this.late = late;
		}

		@Override
		public String subject() {
			return SUBJECT;
		}

		@Override
		public List<FieldError> problems(Draft<IncidentId, IncidentReportData> draft) {
			IncidentReportData data = draft.data();
			List<FieldError> problems = new ArrayList<>(
					data.submissionProblems(report.role(), report.route(), now, settings.zone()));
			for (StoredDocument document : data.attachments()) {
				if (!repository.documentExists(report.id(), document.sha256())) {
					problems.add(new FieldError("attachments", "validation.document.missing"));
				}
			}
			return problems;
		}

		@Override
		public Visibility visibility(Draft<IncidentId, IncidentReportData> draft) {
			// Art 73, Art 78: serious-incident reports are never public
			return Visibility.NEVER_PUBLIC;
		}

		@Override
		public List<Object> published(Draft<IncidentId, IncidentReportData> draft, Publication publication) {
			return List
				.of(new IncidentReportSubmitted(report.id(), publication.version(), draft.data().reportType(), late));
		}

		@Override
		public RecordPublished.Subject audited(Draft<IncidentId, IncidentReportData> draft, Publication publication) {
			ReportType type = draft.data().reportType();
			return new RecordPublished.Subject("incident.submitted", "incident", report.reference(),
					type == ReportType.INITIAL ? "Art 73(5)"
							: type == ReportType.COMPLETE ? report.role().article() : "Art 73(6)",
					type + (late ? ", late" : ""));
		}

	}

	// ----------------------------------------------------------------- helpers

	private IncidentReport own(IncidentId id) {
		Actor actor = currentActor.require();
		return repository.find(id)
			.filter(report -> report.reporter().equals(actor.organisationId()))
			.orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	private void updateDeadline(IncidentId id, ReporterRole role, IncidentReportData data) {
		Optional<IncidentDeadline> deadline = deadlines.of(role, data);
		repository.setDeadline(id, deadline.map(IncidentDeadline::deadlineCase).orElse(null),
				deadline.map(IncidentDeadline::clockStart).orElse(null),
				deadline.map(IncidentDeadline::dueAt).orElse(null));
	}

	private static InvalidInputException invalid(String field, String key) {
		return new InvalidInputException(List.of(new FieldError(field, key)));
	}

	private static void reject(Collection<FieldError> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(List.copyOf(problems));
		}
	}

	private Instant now() {
		return clock.instant();
	}

}
