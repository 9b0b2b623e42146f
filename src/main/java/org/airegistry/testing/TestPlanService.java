package org.airegistry.testing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.airegistry.incident.IncidentDeadlines;
import org.airegistry.publication.Author;
import org.airegistry.publication.Draft;
import org.airegistry.publication.PublicHold;
import org.airegistry.publication.Publication;
import org.airegistry.publication.PublicationRules;
import org.airegistry.publication.Publisher;
import org.airegistry.publication.RecordPublished;
import org.airegistry.publication.Visibility;
import org.airegistry.registry.RecordDocuments;
import org.airegistry.registry.Point1Policy;
import org.airegistry.registry.RegistrySettings;
import org.airegistry.registry.StoredDocument;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Role;
import org.airegistry.shared.TextChecks;
import org.airegistry.testing.persistence.TestPlanRepository;
import org.airegistry.testing.persistence.TestPlanRepository.PlanColumn;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What providers and prospective providers do with tests in real-world conditions: create
 * a plan (its UID is given at once, so the consent information for subjects can name it,
 * Art 61(1)(e)), fill it in, register and submit it through the publication kernel's one
 * publish flow before testing starts (Art 60(4)(a)-(c)), keep it up to date, consent to
 * publication or withdraw the consent, and notify start, extension, suspension,
 * termination and the final outcome (Art 60(4)(f), 60(8)). Every method acts for the
 * caller's own organisation; another organisation's plan is reported as not found.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.PROVIDER + "')")
public class TestPlanService {

	public static final int REASON_MIN = 10;

	public static final int REASON_MAX = 2000;

	private static final String SUBJECT = "Test plan";

	private final TestPlanRepository repository;

	private final CurrentActor currentActor;

	private final Publisher publisher;

	private final TestPlanReviews reviews;

	private final TestingSettings settings;

	private final IncidentDeadlines periods;

	private final RecordDocuments<TestPlanId> documents;

	private final Point1Policy point1Policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TestPlanService(TestPlanRepository repository, CurrentActor currentActor, Publisher publisher,
			TestPlanReviews reviews, TestingSettings settings, IncidentDeadlines periods,
			RegistrySettings registrySettings,
			@Value("${airegistry.registry.restricted-tier.point1:LE_OR_MIGRATION_USE_ONLY}") Point1Policy point1Policy,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.publisher = publisher;
		this.reviews = reviews;
		this.settings = settings;
		this.periods = periods;
		this.documents = new RecordDocuments<>("documents", "Document", repository::insertDocumentIfAbsent,
				repository::documentContent, registrySettings, clock);
		this.point1Policy = point1Policy;
		this.events = events;
		this.clock = clock;
	}

	/** Creates a plan with its UID (Annex IX point 1). */
	@Transactional
	public TestPlan create() {
		Actor actor = currentActor.require();
		String uid;
		do {
			uid = TestUids.random(random);
		}
		while (repository.uidExists(uid));
		TestPlanId id = TestPlanId.random();
		repository.insert(id, actor.organisationId(), actor.userId(), TestPlanData.start(uid), TestConduct.empty(),
				now());
		events.publishEvent(new TestPlanStepped(uid, TestPlanStepped.Step.CREATED, "Annex IX(1)", null, null, null));
		return repository.find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<TestPlanSummary> myPlans() {
		return repository.ofProvider(currentActor.require().organisationId());
	}

	@Transactional(readOnly = true)
	public TestPlanCase open(TestPlanId id) {
		TestPlan plan = own(id);
		return new TestPlanCase(plan, repository.versions(id), repository.reviews(id), repository.events(id),
				repository.documents(id), repository.registeredConduct(id));
	}

	/** Whether content belongs in the secure non-public section (Art 49(4)(d)). */
	public boolean secure(TestPlanData data) {
		return data.secure(point1Policy);
	}

	/**
	 * Whether tests of Annex I Section A products are covered (Regulation (EU)
	 * 2026/1744).
	 */
	public boolean annexISectionA() {
		return settings.annexISectionA();
	}

	/** Saves the working copy; refused if somebody saved it since it was opened. */
	@Transactional
	public TestPlan save(TestPlanId id, long expectedLockVersion, TestPlanData data, TestConduct conduct) {
		Actor actor = currentActor.require();
		TestPlan plan = own(id);
		if (plan.state().ended()) {
			throw new ActionRefusedException("testing.refused.ended");
		}
		TestPlanData content = data.withUid(plan.uid());
		List<FieldError> problems = new ArrayList<>(content.draftProblems(point1Policy, settings.annexISectionA()));
		problems.addAll(conduct.draftProblems());
		reject(problems);
		if (plan.lockVersion() == expectedLockVersion && plan.draft().equals(content)
				&& plan.conduct().equals(conduct)) {
			return plan;
		}
		if (plan.lockVersion() != expectedLockVersion
				|| !repository.saveDraft(id, actor.organisationId(), expectedLockVersion, content, conduct, now())) {
			throw new ConcurrentEditException(SUBJECT);
		}
		events.publishEvent(new TestPlanStepped(plan.uid(), TestPlanStepped.Step.DRAFT_SAVED, null, null, null, null));
		return repository.find(id).orElseThrow();
	}

	/**
	 * Stores the real-world testing plan as a PDF (Art 60(4)(a)) after the registry's
	 * document checks; for the authorities only, never public.
	 */
	@Transactional
	public StoredDocument storeDocument(TestPlanId id, String fileName, byte[] content) {
		return stored(own(id), documents.store(id, fileName, content, currentActor.require().userId()));
	}

	/**
	 * Checks and stores a plan PDF that an upload streamed to a temporary file, with the
	 * registry's document checks before it is read into memory.
	 */
	@Transactional
	public StoredDocument storeDocument(TestPlanId id, String fileName, java.nio.file.Path file) {
		return stored(own(id), documents.store(id, fileName, file, currentActor.require().userId()));
	}

	private StoredDocument stored(TestPlan plan, StoredDocument document) {
		events.publishEvent(new TestPlanStepped(plan.uid(), TestPlanStepped.Step.DOCUMENT_STORED, null, null,
				document.fileName() + " " + document.sha256(), null));
		return document;
	}

	@Transactional(readOnly = true)
	public byte[] document(TestPlanId id, String sha256) {
		own(id);
		return documents.content(id, sha256);
	}

	public long maxDocumentBytes() {
		return documents.maxBytes();
	}

	/**
	 * Registers the saved working copy as the plan's next version through the kernel's
	 * publish flow: the first registration submits it to the authority of each Member
	 * State of testing (Art 60(4)(a)-(c)); later ones keep it up to date (Annex IX) and
	 * reach new Member States. The version is public only with the provider's consent,
	 * and never for law enforcement, migration, asylum and border control (Art 49(4)(d)).
	 */
	@Transactional
	public TestPlan register(TestPlanId id, long expectedLockVersion, String changeSummary) {
		Actor actor = currentActor.require();
		TestPlan plan = own(id);
		boolean first = plan.state() == TestPlanState.DRAFT;
		TestPlanState next = TestPlanStateMachine.apply(plan.state(), first ? TestAction.SUBMIT : TestAction.UPDATE,
				plan.extended(), plan.outcomeNotifiedAt() != null);
		Instant now = clock.instant();
		Publication publication = publisher.publish(repository.store(), new PlanRules(plan, now),
				new Author(actor.userId(), actor.organisationId()), id, expectedLockVersion, changeSummary);
		TestPlan registered = repository.find(id).orElseThrow();
		repository.registerConduct(id, registered.conduct());
		Map<PlanColumn, @Nullable Object> changes = new EnumMap<>(PlanColumn.class);
		changes.put(PlanColumn.STATE, next);
		if (first) {
			changes.put(PlanColumn.SUBMITTED_AT, now);
			repository.insertEvent(id, TestEventKind.SUBMITTED, today(), null, actor.userId(), now);
		}
		repository.update(id, changes, now());
		if (publication.visibility().isPublic() && plan.hold() == PublicHold.CONSENT_WITHDRAWN) {
			// consent given again: the hold is lifted with the version that carries it
			repository.hold(id, null);
			repository.insertEvent(id, TestEventKind.CONSENT_GIVEN, today(), null, actor.userId(), now);
			events.publishEvent(new TestPlanVisibilityChanged(id, plan.uid()));
		}
		TestPlan current = repository.find(id).orElseThrow();
		if (!first) {
			reviews.tellAuthorities(current, "updated");
		}
		reviews.deliver(current, current.draft().memberStates(), now);
		reviews.recompute(id);
		return repository.find(id).orElseThrow();
	}

	/** What test plans add to the kernel's publish flow. */
	private final class PlanRules implements PublicationRules<TestPlanId, TestPlanData> {

		private final TestPlan plan;

		private final Instant now;

		PlanRules(TestPlan plan, Instant now) {
			this.plan = plan;
			this.now = now;
		}

		@Override
		public String subject() {
			return SUBJECT;
		}

		@Override
		public List<FieldError> problems(Draft<TestPlanId, TestPlanData> draft) {
			TestPlanData data = draft.data();
			List<FieldError> problems = new ArrayList<>();
			if (plan.state() == TestPlanState.DRAFT) {
				problems.addAll(data.submissionProblems(point1Policy, settings.annexISectionA(), day(now)));
			}
			else {
				// a registered plan keeps its start date; the rest must still hold
				problems.addAll(data.submissionProblems(point1Policy, settings.annexISectionA(),
						data.plannedStart() == null ? day(now) : data.plannedStart()));
			}
			problems.addAll(plan.conduct().submissionProblems(lawEnforcement(data)));
			return problems;
		}

		@Override
		public Visibility visibility(Draft<TestPlanId, TestPlanData> draft) {
			TestPlanData data = draft.data();
			if (data.secure(point1Policy)) {
				return Visibility.RESTRICTED;
			}
			return data.publicationConsent() ? Visibility.PUBLIC_BY_CONSENT : Visibility.CONSENT_WITHHELD;
		}

		@Override
		public List<Object> published(Draft<TestPlanId, TestPlanData> draft, Publication publication) {
			return List
				.of(new TestPlanRegistered(plan.id(), plan.uid(), publication.version(), publication.visibility()));
		}

		@Override
		public RecordPublished.Subject audited(Draft<TestPlanId, TestPlanData> draft, Publication publication) {
			return new RecordPublished.Subject("test-plan.registered", "test-plan", plan.uid(),
					publication.visibility() == Visibility.RESTRICTED ? "Art 49(4)(d)" : "Art 60(4)(c)",
					publication.visibility().name());
		}

	}

	private boolean lawEnforcement(TestPlanData data) {
		return data.annexIIIPoint() != null && (data.annexIIIPoint().area() == 6
				|| (data.annexIIIPoint().area() == 1 && data.lawEnforcementOrMigrationUse()));
	}

	/**
	 * Withdraws the consent to publication at once: the test leaves every public path
	 * (page, search, open data, feeds) through the kernel's CONSENT_WITHDRAWN hold,
	 * without a new version; the working copy no longer consents.
	 */
	@Transactional
	public TestPlan withdrawConsent(TestPlanId id) {
		Actor actor = currentActor.require();
		TestPlan plan = own(id);
		if (!plan.publiclyVisible()) {
			throw new ActionRefusedException("testing.refused.notPublic");
		}
		Instant now = clock.instant();
		repository.hold(id, PublicHold.CONSENT_WITHDRAWN);
		if (!repository.saveDraft(id, actor.organisationId(), plan.lockVersion(),
				plan.draft().withPublicationConsent(false), plan.conduct(), now())) {
			throw new ConcurrentEditException(SUBJECT);
		}
		repository.update(id, Map.of(PlanColumn.CONSENT_WITHDRAWN_AT, now), now());
		repository.insertEvent(id, TestEventKind.CONSENT_WITHDRAWN, today(), null, actor.userId(), now);
		events.publishEvent(new TestPlanVisibilityChanged(id, plan.uid()));
		events.publishEvent(new TestPlanStepped(plan.uid(), TestPlanStepped.Step.CONSENT_WITHDRAWN,
				"Art 60(4)(c), Art 71(4)", String.valueOf(plan.visibility()), "CONSENT_WITHDRAWN", null));
		return repository.find(id).orElseThrow();
	}

	/** Starts testing on the day given (not in the future, not before approval). */
	@Transactional
	public TestPlan start(TestPlanId id, @Nullable LocalDate startedOn) {
		TestPlan plan = own(id);
		TestPlanState next = TestPlanStateMachine.apply(plan.state(), TestAction.START, plan.extended(), false);
		LocalDate day = startedOn == null ? today() : startedOn;
		if (day.isAfter(today())) {
			throw invalid("startedOn", "testing.validation.startInFuture");
		}
		if (plan.approvedAt() != null && day.isBefore(day(plan.approvedAt()))) {
			throw invalid("startedOn", "testing.validation.startBeforeApproval");
		}
		Map<PlanColumn, @Nullable Object> changes = new EnumMap<>(PlanColumn.class);
		changes.put(PlanColumn.STATE, next);
		changes.put(PlanColumn.STARTED_ON, day);
		changes.put(PlanColumn.END_LIMIT_ON, day.plusMonths(TestPlanData.MAX_MONTHS));
		return lifeEvent(plan, changes, TestEventKind.STARTED, day, null, "Art 60(4)(f)", "started");
	}

	/**
	 * Extends the test once, by up to six months, notified before its current end with
	 * the reasons (Art 60(4)(f)).
	 */
	@Transactional
	public TestPlan extend(TestPlanId id, @Nullable LocalDate newEnd, String reason) {
		TestPlan plan = own(id);
		TestPlanState next = TestPlanStateMachine.apply(plan.state(), TestAction.EXTEND, plan.extended(), false);
		LocalDate limit = plan.endLimit();
		List<FieldError> problems = reasonProblems("extensionReason", reason);
		if (limit != null && today().isAfter(limit)) {
			throw new ActionRefusedException("testing.refused.extensionLate");
		}
		if (newEnd == null || limit == null || !newEnd.isAfter(limit)) {
			problems.add(new FieldError("newEnd", "testing.validation.extensionAfterEnd"));
		}
		else if (newEnd.isAfter(limit.plusMonths(TestPlanData.MAX_MONTHS))) {
			problems.add(new FieldError("newEnd", "testing.validation.extensionSixMonths", TestPlanData.MAX_MONTHS));
		}
		reject(problems);
		Map<PlanColumn, @Nullable Object> changes = new EnumMap<>(PlanColumn.class);
		changes.put(PlanColumn.STATE, next);
		changes.put(PlanColumn.END_LIMIT_ON, newEnd);
		changes.put(PlanColumn.EXTENDED, true);
		changes.put(PlanColumn.EXTENSION_NOTIFIED_AT, clock.instant());
		changes.put(PlanColumn.EXTENSION_REASON, reason.strip());
		return lifeEvent(plan, changes, TestEventKind.EXTENDED, newEnd, reason.strip(), "Art 60(4)(f)", "extended");
	}

	/** Suspends testing, with the reasons (Art 60(7)-(8)). */
	@Transactional
	public TestPlan suspend(TestPlanId id, String reason) {
		return lifeStep(id, TestAction.SUSPEND, PlanColumn.SUSPENDED_ON, true, "suspensionReason", reason,
				TestEventKind.SUSPENDED, "suspended");
	}

	/** Resumes suspended testing. */
	@Transactional
	public TestPlan resume(TestPlanId id) {
		return lifeStep(id, TestAction.RESUME, PlanColumn.SUSPENDED_ON, false, null, null, TestEventKind.RESUMED,
				"resumed");
	}

	/** Terminates testing before its planned end, with the reasons (Art 60(8)). */
	@Transactional
	public TestPlan terminate(TestPlanId id, String reason) {
		return lifeStep(id, TestAction.TERMINATE, PlanColumn.ENDED_ON, true, "terminationReason", reason,
				TestEventKind.TERMINATED, "terminated");
	}

	/** Records that testing ended as planned. */
	@Transactional
	public TestPlan complete(TestPlanId id) {
		return lifeStep(id, TestAction.COMPLETE, PlanColumn.ENDED_ON, true, null, null, TestEventKind.COMPLETED,
				"completed");
	}

	/**
	 * A step of a running test notified today (Art 60(8)): the state the action leads to,
	 * and the day column set to today or, when the step undoes it, cleared.
	 * @param reasonField the form field of the reasons the step requires, if it does
	 */
	private TestPlan lifeStep(TestPlanId id, TestAction action, PlanColumn day, boolean today,
			@Nullable String reasonField, @Nullable String reason, TestEventKind kind, String mail) {
		TestPlan plan = own(id);
		TestPlanState next = TestPlanStateMachine.apply(plan.state(), action, plan.extended(), false);
		String reasons = null;
		if (reasonField != null) {
			reject(reasonProblems(reasonField, reason));
			reasons = reason == null ? "" : reason.strip();
		}
		Map<PlanColumn, @Nullable Object> changes = new EnumMap<>(PlanColumn.class);
		changes.put(PlanColumn.STATE, next);
		changes.put(day, today ? today() : null);
		return lifeEvent(plan, changes, kind, today(), reasons, "Art 60(8)", mail);
	}

	/** Notifies the final outcome to the authorities (Art 60(8)). */
	@Transactional
	public TestPlan notifyOutcome(TestPlanId id, String summary) {
		TestPlan plan = own(id);
		TestPlanStateMachine.apply(plan.state(), TestAction.NOTIFY_OUTCOME, plan.extended(),
				plan.outcomeNotifiedAt() != null);
		List<FieldError> problems = new ArrayList<>();
		String text = summary == null ? "" : summary.strip();
		if (text.length() < REASON_MIN) {
			problems.add(new FieldError("outcomeSummary", "testing.validation.textMin", REASON_MIN));
		}
		TextChecks.check(problems, "outcomeSummary", text, 4000);
		reject(problems);
		Map<PlanColumn, @Nullable Object> changes = new EnumMap<>(PlanColumn.class);
		changes.put(PlanColumn.OUTCOME_NOTIFIED_AT, clock.instant());
		changes.put(PlanColumn.OUTCOME_SUMMARY, text);
		return lifeEvent(plan, changes, TestEventKind.OUTCOME_NOTIFIED, today(), text, "Art 60(8)", "outcome");
	}

	private TestPlan lifeEvent(TestPlan plan, Map<PlanColumn, @Nullable Object> changes, TestEventKind kind,
			LocalDate on, @Nullable String reason, String article, String mail) {
		Actor actor = currentActor.require();
		Instant now = clock.instant();
		repository.update(plan.id(), changes, now());
		repository.insertEvent(plan.id(), kind, on, reason, actor.userId(), now);
		events.publishEvent(new TestPlanStepped(plan.uid(), TestPlanStepped.Step.of(kind), article, plan.state().name(),
				String.valueOf(changes.getOrDefault(PlanColumn.STATE, plan.state())) + " " + on
						+ (reason == null ? "" : ": " + reason),
				null));
		if (plan.publiclyVisible()) {
			events.publishEvent(new TestPlanVisibilityChanged(plan.id(), plan.uid()));
		}
		TestPlan changed = repository.find(plan.id()).orElseThrow();
		reviews.tellAuthorities(changed, mail);
		return changed;
	}

	// ----------------------------------------------------------------- helpers

	private TestPlan own(TestPlanId id) {
		Actor actor = currentActor.require();
		return repository.find(id)
			.filter(plan -> plan.provider().equals(actor.organisationId()))
			.orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	private static List<FieldError> reasonProblems(String field, @Nullable String reason) {
		String text = reason == null ? "" : reason.strip();
		List<FieldError> problems = new ArrayList<>();
		if (text.length() < REASON_MIN) {
			problems.add(new FieldError(field, "testing.validation.textMin", REASON_MIN));
		}
		TextChecks.check(problems, field, text, REASON_MAX);
		return problems;
	}

	private LocalDate today() {
		return day(clock.instant());
	}

	private LocalDate day(Instant instant) {
		return periods.periods().day(instant);
	}

	private static InvalidInputException invalid(String field, String key) {
		return new InvalidInputException(List.of(new FieldError(field, key)));
	}

	private static void reject(List<FieldError> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private Instant now() {
		return clock.instant();
	}

}
