package org.airegistry.explanation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.airegistry.explanation.persistence.ExplanationRepository;
import org.airegistry.shared.i18n.Languages;
import org.airegistry.explanation.persistence.MessageRow;
import org.airegistry.explanation.persistence.SealedColumn;
import org.airegistry.explanation.persistence.RequestChange;
import org.airegistry.explanation.persistence.RequestRow;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.deployment.DeployerOfSystem;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationSummary;
import org.airegistry.registry.Classification;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Art 86 workflow: filing without an account, verification by mail link, the private
 * tracking page, the deployer's inbox and responses, escalation to the market
 * surveillance authority (Art 85) and public aggregate statistics. Deployers see their
 * own organisation's requests only; the person reaches their request only with its
 * tracking token. Personal data is encrypted before it reaches the repository.
 */
@Service
public class ExplanationService {

	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	static final String PERSON = "PERSON";

	static final String DEPLOYER = "DEPLOYER";

	static final String AUTHORITY = "AUTHORITY";

	private final ExplanationRepository repository;

	private final PersonalDataCipher cipher;

	private final FilingThrottle throttle;

	private final ExplanationMailer mailer;

	private final OrganisationService organisations;

	private final RegistryQueries registry;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final ExplanationProperties properties;

	private final Deadlines deadlines;

	private final Clock clock;

	private final DeploymentQueries deployments;

	ExplanationService(ExplanationRepository repository, PersonalDataCipher cipher, FilingThrottle throttle,
			ExplanationMailer mailer, OrganisationService organisations, RegistryQueries registry,
			CurrentActor currentActor, ApplicationEventPublisher events, ExplanationProperties properties, Clock clock,
			DeploymentQueries deployments) {
		this.deployments = deployments;
		this.repository = repository;
		this.cipher = cipher;
		this.throttle = throttle;
		this.mailer = mailer;
		this.organisations = organisations;
		this.registry = registry;
		this.currentActor = currentActor;
		this.events = events;
		this.properties = properties;
		this.deadlines = new Deadlines(properties.deadline().rules());
		this.clock = clock;
	}

	/** The deadline rules in force (shown on the filing and tracking pages). */
	public DeadlineRules deadlineRules() {
		return deadlines.rules();
	}

	/** Shortest answer part that is not warned about as trivially short. */
	public int minimumAnswerLength() {
		return properties.minimumAnswerLength();
	}

	/** Longest free text accepted. */
	public int maxTextLength() {
		return properties.limits().maxTextLength();
	}

	/** Deployers a person can address: approved organisations with the deployer role. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> deployers() {
		return organisations.activeWithRole(OrganisationRole.DEPLOYER);
	}

	/**
	 * The deployers a person may name for a system (issue 21): first those that
	 * registered their use of it (Annex VIII Section C), then every other deployer in the
	 * registry (private deployers do not register), each group by name.
	 */
	@Transactional(readOnly = true)
	public List<DeployerChoice> deployerChoices(String registrationNumber) {
		java.util.Set<OrganisationId> registered = registeredDeployers(registrationNumber);
		return deployers().stream()
			.map(deployer -> new DeployerChoice(deployer, registered.contains(deployer.id())))
			.sorted(java.util.Comparator.comparing((DeployerChoice choice) -> !choice.registered())
				.thenComparing(choice -> choice.organisation().legalName(), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The deployers with a public registration of their use of the system. */
	private java.util.Set<OrganisationId> registeredDeployers(String registrationNumber) {
		return deployments.deployersOf(registrationNumber)
			.stream()
			.map(DeployerOfSystem::deployerId)
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * Whether a deployer registered its use of the system; requests to one that did not
	 * are labelled so and counted apart.
	 */
	@Transactional(readOnly = true)
	public boolean isRegisteredDeployer(String registrationNumber, OrganisationId deployer) {
		return registeredDeployers(registrationNumber).contains(deployer);
	}

	/**
	 * Whether a system is one about whose decisions Art 86 gives a right to explanation:
	 * a high-risk system of Annex III, except point 2 (critical infrastructure).
	 */
	public static boolean eligibleSystem(PublicEntry entry) {
		return ineligibility(entry).isEmpty();
	}

	/**
	 * Why Art 86(1) does not cover decisions taken with this system, as a translation
	 * key; empty when it does. Not covered: no Annex III point, point 2 (critical
	 * infrastructure), and systems the provider registered as not high-risk under Art
	 * 6(3) (Section B, Art 49(2)) — Art 86 speaks of high-risk systems only; a person who
	 * believes such a system is in fact high-risk can complain under Art 85.
	 */
	public static Optional<String> ineligibility(PublicEntry entry) {
		AnnexIIIPoint point = entry.data().annexIIIPoint();
		if (point == null || point.area() == 2) {
			return Optional.of("explanation.error.notAnnexIII");
		}
		if (entry.data().classification() == Classification.SECTION_B) {
			return Optional.of("explanation.error.sectionB");
		}
		return Optional.empty();
	}

	// ---- the person -------------------------------------------------------------------

	/**
	 * Files a request and mails the verification link; nothing reaches the deployer
	 * before the link is opened. Returns the reference number. The person may name a
	 * public entry, or only the deployer and the system as far as they know it: decisions
	 * taken with a system in the non-public section (Art 49(4)) can be asked about
	 * without the registry confirming or revealing anything about that section, which it
	 * never searches here.
	 */
	@Transactional
	public String file(NewExplanationRequest request, String networkAddress) {
		List<FieldError> errors = new ArrayList<>();
		int max = properties.limits().maxTextLength();
		String number = request.registrationNumber().strip();
		Optional<PublicEntry> system = number.isEmpty() ? Optional.empty() : registry.findLatest(number);
		if (!number.isEmpty() && system.isEmpty()) {
			errors.add(new FieldError("system", "explanation.error.system"));
		}
		system.flatMap(ExplanationService::ineligibility).ifPresent(key -> errors.add(new FieldError("system", key)));
		text(errors, "systemDescription", request.systemDescription(), false, max);
		OrganisationId deployer = request.deployer();
		if (deployer == null || deployers().stream().noneMatch(d -> d.id().equals(deployer))) {
			errors.add(new FieldError("deployer", "explanation.error.deployer"));
		}
		text(errors, "decision", request.decision(), true, max);
		text(errors, "adverse", request.adverse(), true, max);
		text(errors, "decisionReference", request.decisionReference(), false, 200);
		LocalDate decisionDate = request.decisionDate();
		if (decisionDate != null && decisionDate.isAfter(LocalDate.now(clock))) {
			errors.add(new FieldError("decisionDate", "explanation.error.dateFuture"));
		}
		String email = request.email().strip();
		if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
			errors.add(new FieldError("email", "explanation.error.email"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String limit = throttle.tryFile(email, networkAddress);
		if (limit != null) {
			throw new ActionRefusedException(limit);
		}
		Instant now = clock.instant();
		String token = Tokens.newToken();
		String reference = repository.nextReference();
		String language = Languages.recordable(request.language());
		String description = request.systemDescription().strip();
		UUID id = UUID.randomUUID();
		repository.insert(id, reference, system.map(PublicEntry::registrationNumber).orElse(""), deployer, language,
				cipher.seal(email, SealedColumn.REQUEST_EMAIL, id),
				cipher.seal(request.decision().strip(), SealedColumn.REQUEST_DECISION, id),
				decisionDate == null ? null
						: cipher.seal(decisionDate.toString(), SealedColumn.REQUEST_DECISION_DATE, id),
				request.decisionReference().isBlank() ? null
						: cipher.seal(request.decisionReference().strip(), SealedColumn.REQUEST_DECISION_REFERENCE, id),
				cipher.seal(request.adverse().strip(), SealedColumn.REQUEST_ADVERSE, id),
				description.isEmpty() ? null : cipher.seal(description, SealedColumn.REQUEST_SYSTEM_DESCRIPTION, id),
				Tokens.hash(token), now.plus(properties.verificationValidity()), now);
		mailer.send(email, language, "verify", reference, mailer.link(ExplanationRoutes.VERIFY, token),
				// the address is not verified yet: the person's own description stays out
				// of the mail (DD043)
				system.map(entry -> entry.data().tradeName()).orElse(""), system.isPresent() ? "listed" : "unlisted");
		return reference;
	}

	/** The outcome of opening a verification link. */
	public record Verification(String reference, String trackingToken) {
	}

	/**
	 * Verifies the address: the request reaches the deployer and the deadline starts; the
	 * person gets the private tracking link (shown and mailed). Empty when the link is
	 * unknown, used or expired.
	 */
	@Transactional
	public Optional<Verification> verify(String token) {
		Optional<RequestRow> found = repository.findByVerifyHash(Tokens.hash(token));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		RequestRow row = found.get();
		Instant now = clock.instant();
		if (row.verifyExpiresAt() == null || now.isAfter(row.verifyExpiresAt())) {
			return Optional.empty();
		}
		row.state().after(RequestAction.VERIFY, false);
		String tracking = Tokens.newToken();
		repository.update(row.id(),
				new RequestChange().state(RequestState.SUBMITTED)
					.set("submitted_at", now)
					.set("verify_token_hash", null)
					.set("tracking_token_hash", Tokens.hash(tracking))
					.set("tracking_token_enc", cipher.seal(tracking, SealedColumn.REQUEST_TRACKING_TOKEN, row.id())));
		events.publishEvent(new ExplanationRequestChanged(row.id(), ExplanationRequestChanged.Change.SUBMITTED));
		return Optional.of(new Verification(row.reference(), tracking));
	}

	/** The one request behind a tracking token. */
	@Transactional(readOnly = true)
	public Optional<ExplanationRequest> track(String trackingToken) {
		if (trackingToken.isBlank()) {
			return Optional.empty();
		}
		return repository.findByTrackingHash(Tokens.hash(trackingToken)).map(this::view);
	}

	/** The person answers the deployer's question; the clock runs again. */
	@Transactional
	public void provideInformation(String trackingToken, String text) {
		RequestRow row = byTracking(trackingToken);
		requireText("information", text);
		Instant now = clock.instant();
		RequestState next = transition(row, RequestAction.PROVIDE_INFORMATION);
		repository.resumeClock(row.id(), now);
		repository.update(row.id(), new RequestChange().state(next));
		addMessage(row.id(), PERSON, "INFORMATION", text.strip(), null, now);
		changed(row, ExplanationRequestChanged.Change.INFORMATION_PROVIDED);
	}

	/**
	 * The person complains to the market surveillance authority (Art 85): possible when
	 * the request is overdue, refused, not eligible or the answer is insufficient.
	 */
	@Transactional
	public void escalate(String trackingToken, String statement) {
		RequestRow row = byTracking(trackingToken);
		requireText("statement", statement);
		Instant now = clock.instant();
		RequestState next = transition(row, RequestAction.ESCALATE);
		repository.update(row.id(), new RequestChange().state(next).set("escalated_at", now).set("closed_at", null));
		addMessage(row.id(), PERSON, "COMPLAINT", statement.strip(), null, now);
		changed(row, ExplanationRequestChanged.Change.ESCALATED);
	}

	/** The person accepts the response and closes the request. */
	@Transactional
	public void close(String trackingToken) {
		RequestRow row = byTracking(trackingToken);
		RequestState next = transition(row, RequestAction.CLOSE);
		Instant now = clock.instant();
		repository.update(row.id(), new RequestChange().state(next).set("closed_at", now));
		repository.addMessage(UUID.randomUUID(), row.id(), PERSON, "CLOSED", null, null, now);
		changed(row, ExplanationRequestChanged.Change.CLOSED);
	}

	// ---- the deployer -----------------------------------------------------------------

	/** The deployer's inbox: its own organisation's verified requests, newest first. */
	@PreAuthorize("hasRole('DEPLOYER')")
	@Transactional(readOnly = true)
	public List<InboxItem> inbox() {
		Actor actor = currentActor.require();
		return items(repository.forDeployer(actor.organisationId()));
	}

	/** One request of the deployer's organisation, with its thread. */
	@PreAuthorize("hasRole('DEPLOYER')")
	@Transactional(readOnly = true)
	public ExplanationRequest forDeployer(String reference) {
		return view(deployerRow(reference, false));
	}

	@PreAuthorize("hasRole('DEPLOYER')")
	@Transactional
	public void acknowledge(String reference) {
		RequestRow row = deployerRow(reference, true);
		RequestState next = transition(row, RequestAction.ACKNOWLEDGE);
		repository.update(row.id(), new RequestChange().state(next));
		repository.addMessage(UUID.randomUUID(), row.id(), DEPLOYER, "ACKNOWLEDGED", null, null, clock.instant());
		changed(row, ExplanationRequestChanged.Change.ACKNOWLEDGED);
	}

	/** Asks the person for information; the deadline stops until they answer. */
	@PreAuthorize("hasRole('DEPLOYER')")
	@Transactional
	public void requestInformation(String reference, String question) {
		RequestRow row = deployerRow(reference, true);
		requireText("question", question);
		Instant now = clock.instant();
		RequestState next = transition(row, RequestAction.REQUEST_INFORMATION);
		repository.stopClock(row.id(), now);
		repository.update(row.id(), new RequestChange().state(next));
		addMessage(row.id(), DEPLOYER, "INFORMATION_REQUEST", question.strip(), null, now);
		changed(row, ExplanationRequestChanged.Change.INFORMATION_REQUESTED);
	}

	/** Extends the deadline once by up to the configured maximum, with reasons. */
	@PreAuthorize("hasRole('DEPLOYER')")
	@Transactional
	public void extend(String reference, int months, String reason) {
		RequestRow row = deployerRow(reference, true);
		Instant now = clock.instant();
		transition(row, RequestAction.EXTEND);
		Deadline deadline = deadline(row, stops(List.of(row.id())).getOrDefault(row.id(), List.of()), now);
		String problem = deadlines.extensionProblem(deadline, Period.ofMonths(row.extensionMonths()), months,
				reason.strip(), now);
		if (problem != null) {
			throw new InvalidInputException(List.of(new FieldError(problem.endsWith("reason") ? "reason" : "months",
					problem, deadlines.rules().maxExtension().toTotalMonths())));
		}
		repository.update(row.id(),
				new RequestChange().set("extension_months", months)
					.set("extended_at", now)
					.set("deployer_reminded_at", null));
		addMessage(row.id(), DEPLOYER, "EXTENSION", reason.strip(), String.valueOf(months), now);
		changed(row, ExplanationRequestChanged.Change.EXTENDED);
	}

	/**
	 * Explains the decision (Art 86(1)): the role of the AI system in the decision-making
	 * procedure and the main elements of the decision; both parts are required.
	 */
	@PreAuthorize("hasRole('DEPLOYER')")
	@Transactional
	public void answer(String reference, String roleOfSystem, String mainElements, boolean partial) {
		RequestRow row = deployerRow(reference, true);
		List<FieldError> errors = new ArrayList<>();
		text(errors, "roleOfSystem", roleOfSystem, true, properties.limits().maxTextLength() * 4);
		text(errors, "mainElements", mainElements, true, properties.limits().maxTextLength() * 4);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		respond(row, partial ? RequestAction.ANSWER_PARTIALLY : RequestAction.ANSWER, null, "ANSWER",
				roleOfSystem.strip(), mainElements.strip());
	}

	/** Refuses on a legal ground (Art 86(2), 86(3)) with an explanation. */
	@PreAuthorize("hasRole('DEPLOYER')")
	@Transactional
	public void refuse(String reference, @Nullable RefusalGround ground, String explanation) {
		RequestRow row = deployerRow(reference, true);
		List<FieldError> errors = new ArrayList<>();
		if (ground == null) {
			errors.add(new FieldError("ground", "explanation.error.required"));
		}
		text(errors, "explanation", explanation, true, properties.limits().maxTextLength() * 4);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		respond(row, RequestAction.REFUSE, ground, "REFUSAL", explanation.strip(), null);
	}

	/** Not an Art 86 case, with the reason. */
	@PreAuthorize("hasRole('DEPLOYER')")
	@Transactional
	public void markNotEligible(String reference, String reason) {
		RequestRow row = deployerRow(reference, true);
		requireText("reason", reason);
		respond(row, RequestAction.MARK_NOT_ELIGIBLE, null, "NOT_ELIGIBLE", reason.strip(), null);
	}

	private void respond(RequestRow row, RequestAction action, @Nullable RefusalGround ground, String kind, String body,
			@Nullable String second) {
		Instant now = clock.instant();
		RequestState next = transition(row, action);
		List<ClockStop> stops = stops(List.of(row.id())).getOrDefault(row.id(), List.of());
		repository.resumeClock(row.id(), now);
		Deadline deadline = deadline(row, stops, now);
		boolean onTime = !deadlines.day(now).isAfter(deadline.due());
		repository.update(row.id(),
				new RequestChange().state(next)
					.outcome(next, ground)
					.set("responded_at", now)
					.set("responded_on_time", onTime)
					.set("closed_at", now));
		addMessage(row.id(), DEPLOYER, kind, body, second, now);
		changed(row, ExplanationRequestChanged.Change.RESPONDED);
	}

	// ---- the authority ----------------------------------------------------------------

	/**
	 * Complaints (escalated requests, Art 85) routed to the caller's Member State: those
	 * against deployers seated there, newest first, with their whole thread on demand.
	 */
	@PreAuthorize("hasRole('" + Competence.Names.COMPLAINTS + "')")
	@Transactional(readOnly = true)
	public List<InboxItem> complaints() {
		return items(repository.complaints().stream().filter(this::routedToCaller).toList());
	}

	@PreAuthorize("hasRole('" + Competence.Names.COMPLAINTS + "')")
	@Transactional(readOnly = true)
	public ExplanationRequest complaint(String reference) {
		RequestRow row = repository.findByReference(reference)
			.filter(found -> found.escalatedAt() != null && routedToCaller(found))
			.orElseThrow(() -> new NotFoundException("Complaint"));
		return view(row);
	}

	/**
	 * Art 85, 86: an escalated request goes to the market surveillance authority of the
	 * Member State where the deployer is seated: the caller handles it when they hold the
	 * complaints competence at that Member State's authority.
	 */
	private boolean routedToCaller(RequestRow row) {
		Actor caller = currentActor.require();
		return organisations.summary(row.deployerId())
			.flatMap(deployer -> MemberState.fromCode(deployer.country()))
			.map(state -> caller.competentFor(Competence.COMPLAINTS, state))
			.orElse(false);
	}

	/** Closes a complaint with an outcome that the person sees. */
	@PreAuthorize("hasRole('" + Competence.Names.COMPLAINTS + "')")
	@Transactional
	public void closeComplaint(String reference, String outcome) {
		RequestRow row = repository.findByReference(reference)
			.filter(found -> found.escalatedAt() != null && routedToCaller(found))
			.flatMap(found -> repository.lock(found.id()))
			.orElseThrow(() -> new NotFoundException("Complaint"));
		requireText("outcome", outcome);
		Instant now = clock.instant();
		RequestState next = transition(row, RequestAction.CLOSE_COMPLAINT);
		repository.update(row.id(),
				new RequestChange().state(next).set("complaint_closed_at", now).set("closed_at", now));
		addMessage(row.id(), AUTHORITY, "COMPLAINT_OUTCOME", outcome.strip(), null, now);
		changed(row, ExplanationRequestChanged.Change.COMPLAINT_CLOSED);
	}

	// ---- public statistics ------------------------------------------------------------

	/** Aggregate statistics of a deployer's requests (public; no personal data). */
	@Transactional(readOnly = true)
	public ExplanationStatistics statisticsForDeployer(OrganisationId deployer) {
		List<RequestRow> rows = repository.submitted(deployer, null);
		// only requests about systems the public may see (Art 49(4), Art 74/79)
		Set<String> visible = registry
			.latestPublic(rows.stream().map(RequestRow::registrationNumber).distinct().toList())
			.keySet();
		return statistics(rows.stream().filter(row -> visible.contains(row.registrationNumber())).toList());
	}

	/**
	 * Aggregate statistics of requests about a system (public; no personal data); none
	 * for a system the public may not see (Art 49(4), Art 74/79). Only requests to
	 * deployers that registered their use of it count (issue 21); the others are counted
	 * apart ({@link #unregisteredDeployerRequests}).
	 */
	@Transactional(readOnly = true)
	public ExplanationStatistics statisticsForSystem(String registrationNumber) {
		if (registry.findLatest(registrationNumber).isEmpty()) {
			return statistics(List.of());
		}
		java.util.Set<OrganisationId> registered = registeredDeployers(registrationNumber);
		return statistics(repository.submitted(null, registrationNumber)
			.stream()
			.filter(row -> registered.contains(row.deployerId()))
			.toList());
	}

	/**
	 * How many verified requests about a system named a deployer that has not registered
	 * its use of it; shown apart from the system's statistics, and like them only from
	 * {@value ExplanationStatistics#MINIMUM_COUNT} requests on (0 below); none for a
	 * system the public may not see.
	 */
	@Transactional(readOnly = true)
	public long unregisteredDeployerRequests(String registrationNumber) {
		if (registry.findLatest(registrationNumber).isEmpty()) {
			return 0;
		}
		java.util.Set<OrganisationId> registered = registeredDeployers(registrationNumber);
		long count = repository.submitted(null, registrationNumber)
			.stream()
			.filter(row -> !registered.contains(row.deployerId()))
			.count();
		return count < ExplanationStatistics.MINIMUM_COUNT ? 0 : count;
	}

	private ExplanationStatistics statistics(List<RequestRow> rows) {
		if (!rows.isEmpty() && rows.size() < ExplanationStatistics.MINIMUM_COUNT) {
			return ExplanationStatistics.tooFew();
		}
		List<Long> days = new ArrayList<>();
		long onTime = 0;
		long escalated = 0;
		Map<RequestState, Long> outcomes = new EnumMap<>(RequestState.class);
		for (RequestRow row : rows) {
			if (row.escalatedAt() != null) {
				escalated++;
			}
			if (row.respondedAt() != null && row.submittedAt() != null && row.outcome() != null) {
				days.add(java.time.temporal.ChronoUnit.DAYS.between(deadlines.day(row.submittedAt()),
						deadlines.day(row.respondedAt())));
				if (Boolean.TRUE.equals(row.respondedOnTime())) {
					onTime++;
				}
				outcomes.merge(row.outcome(), 1L, Long::sum);
			}
		}
		Double median = null;
		Double share = null;
		if (!days.isEmpty()) {
			List<Long> sorted = days.stream().sorted().toList();
			int n = sorted.size();
			median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
			share = (double) onTime / n;
		}
		return new ExplanationStatistics(rows.size(), days.size(), median, share, outcomes, escalated);
	}

	// ---- helpers ----------------------------------------------------------------------

	private RequestRow byTracking(String trackingToken) {
		return repository.findByTrackingHash(Tokens.hash(trackingToken))
			.flatMap(row -> repository.lock(row.id()))
			.orElseThrow(() -> new NotFoundException("Request"));
	}

	private RequestRow deployerRow(String reference, boolean lock) {
		Actor actor = currentActor.require();
		RequestRow row = repository.findByReference(reference)
			.filter(found -> found.submittedAt() != null && actor.actsFor(found.deployerId()))
			.orElseThrow(() -> new NotFoundException("Request"));
		return lock ? repository.lock(row.id()).orElseThrow() : row;
	}

	private RequestState transition(RequestRow row, RequestAction action) {
		return row.state().after(action, overdue(row));
	}

	private boolean overdue(RequestRow row) {
		if (row.submittedAt() == null) {
			return false;
		}
		Instant now = clock.instant();
		return deadline(row, stops(List.of(row.id())).getOrDefault(row.id(), List.of()), now)
			.overdueOn(deadlines.day(now));
	}

	Deadline deadline(RequestRow row, List<ClockStop> stops, Instant now) {
		Instant submitted = java.util.Objects.requireNonNull(row.submittedAt());
		return deadlines.compute(submitted, Period.ofMonths(row.extensionMonths()), stops, now);
	}

	Map<UUID, List<ClockStop>> stops(Collection<UUID> ids) {
		Map<UUID, List<ClockStop>> result = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		repository.clockStops(ids)
			.forEach((id, list) -> result.put(id, list.stream().map(s -> new ClockStop(s[0], s[1])).toList()));
		return result;
	}

	private List<InboxItem> items(List<RequestRow> rows) {
		Map<UUID, List<ClockStop>> stops = stops(rows.stream().map(RequestRow::id).toList());
		Instant now = clock.instant();
		LocalDate today = deadlines.day(now);
		Map<OrganisationId, String> names = new java.util.HashMap<>();
		return rows.stream().map(row -> {
			RequestState state = row.state();
			Deadline deadline = row.submittedAt() == null ? null
					: deadline(row, stops.getOrDefault(row.id(), List.of()), now);
			boolean open = state.isOpen();
			return new InboxItem(row.id(), row.reference(), row.registrationNumber(),
					names.computeIfAbsent(row.deployerId(), id -> organisations.legalName(id).orElse("")), state,
					row.submittedAt(), deadline == null ? null : deadline.due(),
					open && deadline != null && deadline.overdueOn(today),
					open && deadline != null && deadline.longOverdueOn(today),
					deadline != null && deadline.clockStopped());
		}).toList();
	}

	ExplanationRequest view(RequestRow row) {
		Instant now = clock.instant();
		RequestState state = row.state();
		Deadline deadline = row.submittedAt() == null ? null
				: deadline(row, stops(List.of(row.id())).getOrDefault(row.id(), List.of()), now);
		LocalDate today = deadlines.day(now);
		boolean overdue = state.isOpen() && deadline != null && deadline.overdueOn(today);
		boolean longOverdue = state.isOpen() && deadline != null && deadline.longOverdueOn(today);
		List<ThreadMessage> thread = repository.messages(row.id()).stream().map(this::message).toList();
		Set<RequestAction> person = EnumSet.noneOf(RequestAction.class);
		for (RequestAction action : List.of(RequestAction.PROVIDE_INFORMATION, RequestAction.ESCALATE,
				RequestAction.CLOSE)) {
			if (state.allows(action, overdue)) {
				person.add(action);
			}
		}
		Set<RequestAction> deployer = EnumSet.noneOf(RequestAction.class);
		for (RequestAction action : List.of(RequestAction.ACKNOWLEDGE, RequestAction.REQUEST_INFORMATION,
				RequestAction.EXTEND, RequestAction.ANSWER, RequestAction.REFUSE, RequestAction.MARK_NOT_ELIGIBLE)) {
			if (state.allows(action, overdue) && (action != RequestAction.EXTEND || (row.extensionMonths() == 0
					&& deadline != null && !today.isAfter(deadline.extensionPossibleUntil())))) {
				deployer.add(action);
			}
		}
		String systemName = row.registrationNumber().isEmpty() ? ""
				: registry.findLatest(row.registrationNumber()).map(entry -> entry.data().tradeName()).orElse("");
		return new ExplanationRequest(row.id(), row.reference(), row.registrationNumber(), systemName, row.deployerId(),
				organisations.legalName(row.deployerId()).orElse(""), state,
				cipher.openOrEmpty(row.decisionEnc(), SealedColumn.REQUEST_DECISION, row.id()),
				cipher.openOrEmpty(row.decisionDateEnc(), SealedColumn.REQUEST_DECISION_DATE, row.id()),
				cipher.openOrEmpty(row.decisionReferenceEnc(), SealedColumn.REQUEST_DECISION_REFERENCE, row.id()),
				cipher.openOrEmpty(row.adverseEnc(), SealedColumn.REQUEST_ADVERSE, row.id()),
				cipher.openOrEmpty(row.systemDescriptionEnc(), SealedColumn.REQUEST_SYSTEM_DESCRIPTION, row.id()),
				row.submittedAt(), deadline, overdue, longOverdue, row.extensionMonths() > 0, row.refusalGround(),
				thread, person, deployer);
	}

	private ThreadMessage message(MessageRow row) {
		return new ThreadMessage(row.author(), row.kind(),
				cipher.openOrEmpty(row.bodyEnc(), SealedColumn.MESSAGE_BODY, row.id()),
				cipher.open(row.secondBodyEnc(), SealedColumn.MESSAGE_SECOND_BODY, row.id()), row.createdAt());
	}

	private void changed(RequestRow row, ExplanationRequestChanged.Change change) {
		events.publishEvent(new ExplanationRequestChanged(row.id(), change));
	}

	/** A message of the thread, its texts sealed for their own row. */
	private void addMessage(UUID requestId, String author, String kind, String body, @Nullable String second,
			Instant now) {
		UUID id = UUID.randomUUID();
		repository.addMessage(id, requestId, author, kind, cipher.seal(body, SealedColumn.MESSAGE_BODY, id),
				cipher.sealOrNull(second, SealedColumn.MESSAGE_SECOND_BODY, id), now);
	}

	private void requireText(String field, String text) {
		List<FieldError> errors = new ArrayList<>();
		text(errors, field, text, true, properties.limits().maxTextLength() * 4);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** Checks a free text: required or not, and its length; adds what is wrong. */
	static void text(List<FieldError> errors, String field, @Nullable String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(new FieldError(field, "explanation.error.required"));
			}
		}
		else if (value.length() > max) {
			errors.add(new FieldError(field, "explanation.error.tooLong", max));
		}
		FreeText.check(errors, field, value);
	}

}
