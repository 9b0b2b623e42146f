package org.airegistry.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.airegistry.incident.Supervision;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Audited;
import org.airegistry.shared.Competence;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.TextChecks;
import org.airegistry.testing.persistence.TestPlanRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the market surveillance authority of a Member State of testing does with the plans
 * submitted to it (Art 60(4)(a)-(b)): its inbox, the registered plan with the conditions
 * kept for it (informed consent, safeguards) and the plan documents, approval or refusal
 * with reasons (Art 76(5)). A regulator sees only plans submitted to its own authority;
 * any other plan is not found.
 */
@Service
@PreAuthorize("hasRole('" + Competence.Names.REAL_WORLD_TESTING + "')")
public class TestingAuthorityService {

	private static final String SUBJECT = "Test plan";

	private final TestPlanRepository repository;

	private final CurrentActor currentActor;

	private final TestPlanReviews reviews;

	private final ApplicationEventPublisher events;

	TestingAuthorityService(TestPlanRepository repository, CurrentActor currentActor, TestPlanReviews reviews,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.reviews = reviews;
		this.events = events;
	}

	/** One line of the authority's inbox. */
	public record InboxItem(Review review, TestPlanSummary plan, Supervision supervision) {
	}

	/** The plans submitted to the caller's authority, newest first. */
	@Transactional(readOnly = true)
	public List<InboxItem> inbox() {
		Actor actor = currentActor.require();
		List<Review> mine = repository.reviewsOfAuthority(actor.organisationId())
			.stream()
			.filter(review -> review.handledBy(actor))
			.toList();
		Map<TestPlanId, TestPlan> plans = mine.stream()
			.map(Review::plan)
			.distinct()
			.collect(Collectors.toMap(id -> id, id -> repository.find(id).orElseThrow()));
		return mine.stream().map(review -> {
			TestPlan plan = plans.get(review.plan());
			Optional<TestPlanData> registered = repository.versions(plan.id())
				.stream()
				.findFirst()
				.map(RegisteredVersion::data);
			String name = registered.map(TestPlanData::systemName).orElse("");
			Supervision supervision = registered.map(TestPlanData::supervision).orElse(Supervision.of(null, false));
			return new InboxItem(review,
					new TestPlanSummary(plan.id(), plan.uid(), plan.providerName(), name, plan.state(),
							plan.registeredVersion(), false, plan.visibility(), plan.hold() != null, plan.startedOn(),
							plan.endLimit(), plan.updatedAt()),
					supervision);
		}).toList();
	}

	/**
	 * A plan submitted to the caller's authority: its registered versions (never the
	 * unregistered working copy), every review, what happened, the conditions as
	 * registered and the plan documents.
	 */
	@Transactional(readOnly = true)
	public TestPlanCase open(TestPlanId id) {
		myReview(id);
		TestPlan plan = repository.find(id).orElseThrow();
		List<RegisteredVersion> versions = repository.versions(id);
		TestPlan registered = new TestPlan(plan.id(), plan.uid(), plan.provider(), plan.providerName(), plan.state(),
				plan.lockVersion(), versions.getFirst().data(), repository.registeredConduct(id).orElse(plan.conduct()),
				false, plan.registeredVersion(), plan.visibility(), plan.hold(), plan.submittedAt(), plan.approvedAt(),
				plan.startedOn(), plan.endLimit(), plan.extended(), plan.suspendedOn(), plan.endedOn(),
				plan.outcomeNotifiedAt(), plan.outcomeSummary(), plan.updatedAt());
		return new TestPlanCase(registered, versions, repository.reviews(id), repository.events(id),
				repository.documents(id), repository.registeredConduct(id));
	}

	/** The caller's authority's review of the plan. */
	@Transactional(readOnly = true)
	public Review review(TestPlanId id) {
		return myReview(id);
	}

	/**
	 * Approves the plan for the caller's Member State (Art 60(4)(b)), with optional
	 * conditions.
	 */
	@Transactional
	public void approve(TestPlanId id, @Nullable String note) {
		Review review = myReview(id);
		List<FieldError> problems = new ArrayList<>();
		String text = note == null ? "" : note.strip();
		TextChecks.check(problems, "decisionReason", text, TestPlanService.REASON_MAX);
		reject(problems);
		reviews.decide(review, ReviewAction.APPROVE, currentActor.require().userId(), text.isEmpty() ? null : text);
	}

	/**
	 * Refuses the plan, with the reasons and how to challenge the refusal (Art 76(5)).
	 */
	@Transactional
	public void refuse(TestPlanId id, String reasons) {
		Review review = myReview(id);
		String text = reasons == null ? "" : reasons.strip();
		List<FieldError> problems = new ArrayList<>();
		if (text.length() < TestPlanService.REASON_MIN) {
			problems.add(
					new FieldError("decisionReason", "testing.validation.reasonsRequired", TestPlanService.REASON_MIN));
		}
		TextChecks.check(problems, "decisionReason", text, TestPlanService.REASON_MAX);
		reject(problems);
		reviews.decide(review, ReviewAction.REJECT, currentActor.require().userId(), text);
	}

	/** A plan document of a plan submitted to the caller's authority; audited. */
	@Transactional
	public byte[] document(TestPlanId id, String sha256) {
		myReview(id);
		byte[] content = repository.documentContent(id, sha256).orElseThrow(() -> new NotFoundException("Document"));
		TestPlan plan = repository.find(id).orElseThrow();
		events.publishEvent(
				Audited.of("test-plan.document-downloaded", "test-plan", plan.uid()).withChange(null, sha256));
		return content;
	}

	private Review myReview(TestPlanId id) {
		Actor actor = currentActor.require();
		return repository.reviews(id)
			.stream()
			.filter(review -> review.handledBy(actor))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	private static void reject(List<FieldError> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
