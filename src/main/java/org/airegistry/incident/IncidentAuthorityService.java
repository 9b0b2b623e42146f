package org.airegistry.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.airegistry.incident.persistence.IncidentRepository;
import org.airegistry.incident.persistence.IncidentRepository.HandlingColumn;
import org.airegistry.moderation.Moderation;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Audited;
import org.airegistry.shared.Competence;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.TextChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a competent authority does with the serious-incident reports it received: its
 * inbox, the report with all versions, acknowledging, requesting information, recording
 * measures within its 7-day period (Art 73(8)), recording that it notified the Commission
 * (Art 73(11)), closing, and, if it decides so, a notice on the system's public page
 * (through moderation's public notice; the report itself stays non-public). A regulator
 * sees only the reports routed to its own authority; any other report is not found.
 */
@Service
@PreAuthorize("hasRole('" + Competence.Names.SERIOUS_INCIDENTS + "')")
public class IncidentAuthorityService {

	public static final int TEXT_MIN = 10;

	public static final int TEXT_MAX = 4000;

	private static final String SUBJECT = "Serious-incident report";

	private final IncidentRepository repository;

	private final CurrentActor currentActor;

	private final IncidentCases cases;

	private final IncidentMailer mailer;

	private final Moderation moderation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IncidentAuthorityService(IncidentRepository repository, CurrentActor currentActor, IncidentCases cases,
			IncidentMailer mailer, Moderation moderation, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.cases = cases;
		this.mailer = mailer;
		this.moderation = moderation;
		this.events = events;
		this.clock = clock;
	}

	/** The reports routed to the caller's authority, newest first. */
	@Transactional(readOnly = true)
	public List<InboxItem> inbox() {
		Actor actor = currentActor.require();
		List<Handling> handlings = repository.ofAuthority(actor.organisationId())
			.stream()
			.filter(handling -> handling.handledBy(actor))
			.toList();
		Map<IncidentId, IncidentSummary> summaries = repository
			.summaries(handlings.stream().map(Handling::incident).distinct().toList());
		Map<UUID, Long> open = repository.requests(handlings.stream().map(Handling::id).toList())
			.stream()
			.filter(InformationRequest::open)
			.collect(Collectors.groupingBy(InformationRequest::handling, Collectors.counting()));
		return handlings.stream()
			.filter(handling -> summaries.containsKey(handling.incident()))
			.map(handling -> new InboxItem(handling, withSubmittedTitle(summaries.get(handling.incident())),
					open.getOrDefault(handling.id(), 0L).intValue(),
					cases.submitted(handling.incident()).supervision()))
			.toList();
	}

	private IncidentSummary withSubmittedTitle(IncidentSummary summary) {
		// the authority sees what was submitted, never the reporter's unsubmitted draft
		String title = repository.versions(summary.id()).stream().findFirst().map(v -> v.data().title()).orElse("");
		return new IncidentSummary(summary.id(), summary.reference(), summary.role(), summary.route(),
				summary.reporterName(), summary.subjectName(), summary.registrationNumber(), summary.state(), title,
				summary.deadlineCase(), summary.dueAt(), summary.firstSubmittedAt(), summary.late(),
				summary.submittedVersion(), false, summary.updatedAt());
	}

	/**
	 * A report routed to the caller's authority: its submitted versions (never the
	 * unsubmitted working copy), the caller's handling first, then the other
	 * authorities'.
	 */
	@Transactional(readOnly = true)
	public AuthorityCase open(IncidentId id) {
		Handling mine = myHandling(id);
		IncidentCase full = cases.forAuthorities(id);
		List<AuthorityStatus> authorities = new ArrayList<>();
		full.authorities()
			.stream()
			.filter(status -> status.handling().id().equals(mine.id()))
			.forEach(authorities::add);
		full.authorities()
			.stream()
			.filter(status -> !status.handling().id().equals(mine.id()))
			.forEach(authorities::add);
		return new AuthorityCase(full.report(), full.versions(), authorities, full.deadline(), mine.id());
	}

	/** Acknowledges receipt; the reporter is told. */
	@Transactional
	public void acknowledge(IncidentId id) {
		Handling handling = myHandling(id);
		change(handling, HandlingAction.ACKNOWLEDGE, Map.of(HandlingColumn.ACKNOWLEDGED_AT, clock.instant()),
				IncidentStepped.Step.ACKNOWLEDGED, "Art 73(8)", null);
		mailReporter(id, "acknowledged", handling);
	}

	/** Asks the reporter for information, answered by its next version. */
	@Transactional
	public void requestInformation(IncidentId id, String text, @Nullable LocalDate dueOn) {
		Handling handling = myHandling(id);
		List<FieldError> problems = textProblems("requestText", text);
		if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
			problems.add(new FieldError("dueOn", "incident.validation.dueInPast"));
		}
		reject(problems);
		Actor actor = currentActor.require();
		Map<HandlingColumn, @Nullable Object> changes = new EnumMap<>(HandlingColumn.class);
		if (handling.acknowledgedAt() == null) {
			changes.put(HandlingColumn.ACKNOWLEDGED_AT, clock.instant());
		}
		change(handling, HandlingAction.REQUEST_INFORMATION, changes, IncidentStepped.Step.INFORMATION_REQUESTED,
				"Art 73(6)", text.strip());
		repository.insertRequest(handling.id(), text.strip(), dueOn, actor.userId(), clock.instant());
		mailReporter(id, "informationRequested", handling);
	}

	/** Records the authority's measures (Art 73(8)); the reporter is told. */
	@Transactional
	public void recordMeasures(IncidentId id, @Nullable MeasureKind kind, String text) {
		Handling handling = myHandling(id);
		List<FieldError> problems = textProblems("measureText", text);
		if (kind == null) {
			problems.add(new FieldError("measureKind", "validation.required"));
		}
		reject(problems);
		Actor actor = currentActor.require();
		Instant now = clock.instant();
		Map<HandlingColumn, @Nullable Object> changes = new EnumMap<>(HandlingColumn.class);
		if (handling.measuresRecordedAt() == null) {
			changes.put(HandlingColumn.MEASURES_RECORDED_AT, now);
		}
		if (handling.acknowledgedAt() == null) {
			changes.put(HandlingColumn.ACKNOWLEDGED_AT, now);
		}
		change(handling, HandlingAction.RECORD_MEASURES, changes, IncidentStepped.Step.MEASURES_RECORDED, "Art 73(8)",
				kind + ": " + text.strip()
						+ (handling.measuresDueAt() != null && !now.isBefore(handling.measuresDueAt())
								? " (after the 7-day period)" : ""));
		repository.insertMeasure(handling.id(), kind, text.strip(), actor.userId(), now);
		mailReporter(id, "measuresRecorded", handling);
	}

	/**
	 * Records that the authority notified the Commission of the incident (Art 73(11)).
	 */
	@Transactional
	public void commissionNotified(IncidentId id) {
		Handling handling = myHandling(id);
		if (handling.commissionNotifiedAt() != null) {
			throw new ActionRefusedException("incident.refused.commissionAlreadyNotified");
		}
		if (!handling.state().open()) {
			throw new ActionRefusedException("incident.refused.handlingClosed");
		}
		if (!repository.updateHandling(handling, handling.state(),
				IncidentRepository.changes(Map.of(HandlingColumn.COMMISSION_NOTIFIED_AT, clock.instant())))) {
			throw new ActionRefusedException("incident.refused.concurrent");
		}
		events.publishEvent(
				new IncidentStepped(reference(id), IncidentStepped.Step.COMMISSION_NOTIFIED, "Art 73(11)", null, null));
	}

	/** Closes the authority's case (measures recorded first). */
	@Transactional
	public void close(IncidentId id, String reason) {
		Handling handling = myHandling(id);
		reject(textProblems("closeReason", reason));
		Map<HandlingColumn, @Nullable Object> changes = new EnumMap<>(HandlingColumn.class);
		changes.put(HandlingColumn.CLOSED_AT, clock.instant());
		changes.put(HandlingColumn.CLOSE_REASON, reason.strip());
		change(handling, HandlingAction.CLOSE, changes, IncidentStepped.Step.CLOSED, "Art 73(8)", reason.strip());
		boolean allClosed = repository.handlings(id).stream().allMatch(other -> other.state() == HandlingState.CLOSED);
		if (allClosed) {
			IncidentReport report = repository.find(id).orElseThrow();
			repository.setState(id, IncidentStateMachine.close(report.state()), clock.instant());
		}
		mailReporter(id, "closed", handling);
	}

	/**
	 * Publishes the authority's notice on the public page of the reported system (Art
	 * 73(8) measures may include informing the public): moderation's public notice with
	 * the authority's own text. Nothing of the report itself becomes public. Only for
	 * systems in the public section.
	 */
	@Transactional
	public void publishNotice(IncidentId id, String notice) {
		Handling handling = myHandling(id);
		IncidentReport report = repository.find(id).orElseThrow();
		if (report.registrationNumber() == null
				|| moderation.entry(report.registrationNumber()).filter(entry -> !entry.restricted()).isEmpty()) {
			throw new ActionRefusedException("incident.refused.noPublicEntry");
		}
		if (!handling.state().open()) {
			throw new ActionRefusedException("incident.refused.handlingClosed");
		}
		moderation.flag(report.registrationNumber(), notice);
		if (!repository.updateHandling(handling, handling.state(),
				IncidentRepository.changes(Map.of(HandlingColumn.NOTICE_PUBLISHED_AT, clock.instant())))) {
			throw new ActionRefusedException("incident.refused.concurrent");
		}
		events.publishEvent(new IncidentStepped(report.reference(), IncidentStepped.Step.NOTICE_PUBLISHED, "Art 73(8)",
				null, report.registrationNumber()));
	}

	/**
	 * An attachment of a submitted version of a report routed to the caller's authority;
	 * audited.
	 */
	@Transactional
	public byte[] attachment(IncidentId id, String sha256) {
		myHandling(id);
		boolean submitted = repository.versions(id)
			.stream()
			.flatMap(version -> version.data().attachments().stream())
			.anyMatch(document -> document.sha256().equals(sha256));
		if (!submitted) {
			throw new NotFoundException("Attachment");
		}
		byte[] content = repository.documentContent(id, sha256).orElseThrow(() -> new NotFoundException("Attachment"));
		events.publishEvent(
				Audited.of("incident.attachment-downloaded", "incident", reference(id)).withChange(null, sha256));
		return content;
	}

	// ----------------------------------------------------------------- helpers

	private Handling myHandling(IncidentId id) {
		Actor actor = currentActor.require();
		return repository.handlings(id)
			.stream()
			.filter(handling -> handling.handledBy(actor))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	private void change(Handling handling, HandlingAction action, Map<HandlingColumn, @Nullable Object> values,
			IncidentStepped.Step step, String article, @Nullable String detail) {
		HandlingState next = HandlingStateMachine.apply(handling.state(), action,
				handling.measuresRecordedAt() != null || values.containsKey(HandlingColumn.MEASURES_RECORDED_AT));
		if (!repository.updateHandling(handling, next, IncidentRepository.changes(values))) {
			throw new ActionRefusedException("incident.refused.concurrent");
		}
		events.publishEvent(new IncidentStepped(reference(handling.incident()), step, article, handling.state().name(),
				next.name() + (detail == null ? "" : ": " + detail)));
	}

	private String reference(IncidentId id) {
		return repository.find(id).map(IncidentReport::reference).orElseThrow();
	}

	private void mailReporter(IncidentId id, String kind, Handling handling) {
		IncidentReport report = repository.find(id).orElseThrow();
		mailer.send(report.reporter(), kind, report.reference(), report.subjectName(),
				handling.authorityName() == null ? "" : handling.authorityName(),
				mailer.link(IncidentRoutes.report(report.id())));
	}

	private static List<FieldError> textProblems(String field, @Nullable String text) {
		String value = text == null ? "" : text.strip();
		List<FieldError> problems = new ArrayList<>();
		if (value.length() < TEXT_MIN) {
			problems.add(new FieldError(field, "incident.validation.textMin", TEXT_MIN));
		}
		TextChecks.check(problems, field, value, TEXT_MAX);
		return problems;
	}

	private static void reject(List<FieldError> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
