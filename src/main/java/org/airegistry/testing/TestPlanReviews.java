package org.airegistry.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airegistry.incident.Authority;
import org.airegistry.incident.AuthorityRouting;
import org.airegistry.incident.IncidentDeadlines;
import org.airegistry.incident.SupervisionBasis;
import org.airegistry.publication.TimedWork;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.UserId;
import org.airegistry.testing.persistence.TestPlanRepository;
import org.airegistry.testing.persistence.TestPlanRepository.PlanColumn;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The approval of plans by the market surveillance authority of each Member State of
 * testing (Art 60(4)(a)-(b)): delivery, explicit decisions, tacit approval after 30 days
 * where national law provides for it (counted as Regulation 1182/71 counts days), and
 * what the reviews together mean for the plan.
 */
@Component
class TestPlanReviews {

	private final TestPlanRepository repository;

	private final AuthorityRouting routing;

	private final IncidentDeadlines periods;

	private final TestingSettings settings;

	private final TestingMailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TestPlanReviews(TestPlanRepository repository, AuthorityRouting routing, IncidentDeadlines periods,
			TestingSettings settings, TestingMailer mailer, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.routing = routing;
		this.periods = periods;
		this.settings = settings;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	/** When 30 days without an answer end for a plan that reached the authority now. */
	Instant tacitAt(Instant deliveredAt) {
		return periods.periods().days(deliveredAt, settings.approvalPeriodDays()).endsAt();
	}

	/**
	 * Submits the plan to the authority of each Member State of testing that has none
	 * yet.
	 */
	void deliver(TestPlan plan, Collection<MemberState> memberStates, Instant now) {
		List<MemberState> known = repository.reviews(plan.id()).stream().map(Review::memberState).toList();
		SupervisionBasis basis = supervisionBasis(plan);
		for (MemberState state : memberStates) {
			if (known.contains(state)) {
				continue;
			}
			Optional<Authority> authority = routing.marketSurveillance(state, Competence.REAL_WORLD_TESTING, basis);
			repository.insertReview(plan.id(), state, authority.map(Authority::id).orElse(null),
					authority.isPresent() ? ReviewState.PENDING : ReviewState.AWAITING_AUTHORITY, now,
					authority.isPresent() ? tacitAt(now) : null, settings.tacitAllowed(state));
			events.publishEvent(new TestPlanStepped(plan.uid(), TestPlanStepped.Step.DELIVERED,
					"Art 60(4)(a), " + basis.article(), null,
					state + authority.map(found -> ": " + found.name()).orElse(": no authority in the registry yet"),
					null));
			authority.ifPresent(found -> mailer.send(found.id(), "submitted", plan.uid(), plan.draft().systemName(),
					plan.providerName(), mailer.link(TestingRoutes.inboxPlan(plan.id()))));
		}
	}

	/**
	 * Why the authorities that review the plan are competent (Art 70(1), Art 74(8)): from
	 * the latest registered version (the working copy before the first registration).
	 */
	SupervisionBasis supervisionBasis(TestPlan plan) {
		List<RegisteredVersion> versions = plan.registeredVersion() == null ? List.of()
				: repository.versions(plan.id());
		TestPlanData data = versions.isEmpty() ? plan.draft() : versions.getFirst().data();
		return data.supervision().basis();
	}

	/** Tells every authority that has the plan about a new version or event. */
	void tellAuthorities(TestPlan plan, String kind) {
		for (Review review : repository.reviews(plan.id())) {
			if (review.authority() != null) {
				mailer.send(review.authority(), kind, plan.uid(), plan.draft().systemName(), plan.providerName(),
						mailer.link(TestingRoutes.inboxPlan(plan.id())));
			}
		}
	}

	/** An authority's decision, or the 30 days passing. */
	void decide(Review review, ReviewAction action, @Nullable UserId by, @Nullable String reason) {
		Instant now = clock.instant();
		ReviewState next = ReviewStateMachine.apply(review.state(), action, review.tacitAllowed());
		if (!repository.updateReview(review, next, null, null, null, now, by, reason)) {
			throw new ActionRefusedException("testing.refused.concurrent");
		}
		TestEventKind kind = switch (next) {
			case APPROVED -> TestEventKind.APPROVED;
			case TACITLY_APPROVED -> TestEventKind.TACITLY_APPROVED;
			case AUTHORISATION_PENDING -> TestEventKind.AUTHORISATION_PENDING;
			case REJECTED -> TestEventKind.REJECTED;
			case AWAITING_AUTHORITY, PENDING -> throw new IllegalStateException(next.name());
		};
		TestPlan plan = repository.find(review.plan()).orElseThrow();
		String detail = review.memberState().name() + (reason == null || reason.isBlank() ? "" : ": " + reason);
		repository.insertEvent(plan.id(), kind, LocalDate.ofInstant(now, periods.periods().zone()), detail, by, now);
		events.publishEvent(new TestPlanStepped(plan.uid(), TestPlanStepped.Step.review(next),
				next == ReviewState.REJECTED ? "Art 76(5)" : "Art 60(4)(b)", review.state().name(),
				next.name() + " " + detail, plan.provider()));
		mailer.send(plan.provider(), "review" + next.name(), plan.uid(), plan.draft().systemName(),
				review.memberState(), reason == null ? "" : reason, mailer.link(TestingRoutes.plan(plan.id())));
		recompute(plan.id());
	}

	/**
	 * Applies what the reviews together mean: approved once all allow it, refused if one
	 * refused.
	 */
	void recompute(TestPlanId id) {
		TestPlan plan = repository.find(id).orElseThrow();
		Optional<TestAction> outcome = ReviewStateMachine
			.outcome(repository.reviews(id).stream().map(Review::state).toList());
		if (outcome.isEmpty()) {
			return;
		}
		Optional<TestPlanState> next = TestPlanStateMachine.after(plan.state(), outcome.get(), plan.extended(),
				plan.outcomeNotifiedAt() != null);
		if (next.isEmpty() || next.get() == plan.state()) {
			return;
		}
		Instant now = clock.instant();
		Map<PlanColumn, @Nullable Object> changes = new EnumMap<>(PlanColumn.class);
		changes.put(PlanColumn.STATE, next.get());
		if (next.get() == TestPlanState.APPROVED) {
			changes.put(PlanColumn.APPROVED_AT, now);
		}
		repository.update(id, changes, clock.instant());
		events.publishEvent(new TestPlanStepped(plan.uid(), TestPlanStepped.Step.reached(next.get()), "Art 60(4)(b)",
				plan.state().name(), next.get().name(), plan.provider()));
	}

	/** The 30 days passed for pending reviews; returns how many changed. */
	int thirtyDaysPassed() {
		Instant now = clock.instant();
		int changed = 0;
		for (Review review : repository.reviewsInState(ReviewState.PENDING)) {
			if (TimedWork.reached(now, review.tacitAt())) {
				decide(review, ReviewAction.THIRTY_DAYS_PASSED, null, null);
				changed++;
			}
		}
		return changed;
	}

	/**
	 * Delivers waiting plans to authorities that now use the registry; returns how many.
	 */
	int route() {
		Instant now = clock.instant();
		int routed = 0;
		for (Review review : repository.reviewsInState(ReviewState.AWAITING_AUTHORITY)) {
			TestPlan plan = repository.find(review.plan()).orElseThrow();
			SupervisionBasis basis = supervisionBasis(plan);
			Optional<Authority> authority = routing.marketSurveillance(review.memberState(),
					Competence.REAL_WORLD_TESTING, basis);
			if (authority.isEmpty()) {
				continue;
			}
			ReviewState next = ReviewStateMachine.apply(review.state(), ReviewAction.ROUTE, review.tacitAllowed());
			if (repository.updateReview(review, next, authority.get().id(), now, tacitAt(now), null, null, null)) {
				events.publishEvent(new TestPlanStepped(plan.uid(), TestPlanStepped.Step.DELIVERED,
						"Art 60(4)(a), " + basis.article(), ReviewState.AWAITING_AUTHORITY.name(),
						authority.get().name(), null));
				mailer.send(authority.get().id(), "submitted", plan.uid(), plan.draft().systemName(),
						plan.providerName(), mailer.link(TestingRoutes.inboxPlan(plan.id())));
				routed++;
			}
		}
		return routed;
	}

	/** Reminds authorities of plans approved tacitly soon, once; returns how many. */
	int remindTacit() {
		Instant now = clock.instant();
		return TimedWork.remindOnce(repository.reviewsInState(ReviewState.PENDING),
				review -> review.tacitAt() != null && review.authority() != null
						&& TimedWork.reached(now,
								review.tacitAt()
									.atZone(periods.periods().zone())
									.minus(settings.tacitReminderBefore())
									.toInstant()),
				repository::reviewReminded, review -> {
					TestPlan plan = repository.find(review.plan()).orElseThrow();
					repository.markReviewReminded(review, now);
					mailer.send(review.authority(), review.tacitAllowed() ? "tacitSoon" : "authorisationSoon",
							plan.uid(), plan.draft().systemName(), plan.providerName(),
							mailer.link(TestingRoutes.inboxPlan(plan.id())));
					return 1;
				});
	}

}
