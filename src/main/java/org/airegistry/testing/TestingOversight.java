package org.airegistry.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.airegistry.incident.IncidentDeadlines;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testing.persistence.TestPlanRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real-world testing in the regulator console: what needs the caller's authority's
 * attention, and counts over all registered tests for the dashboard (numbers only).
 */
@Service
@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
public class TestingOversight {

	/** Tacit approvals within this many days are pointed out. */
	static final int TACIT_SOON_DAYS = 7;

	private final TestPlanRepository repository;

	private final CurrentActor currentActor;

	private final IncidentDeadlines periods;

	private final Clock clock;

	TestingOversight(TestPlanRepository repository, CurrentActor currentActor, IncidentDeadlines periods, Clock clock) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.periods = periods;
		this.clock = clock;
	}

	/**
	 * What needs the caller's authority's attention.
	 *
	 * @param awaitingDecision plans submitted to it and not decided
	 * @param tacitSoon plans that will be approved tacitly within a week (Art 60(4)(b)),
	 * soonest first
	 * @param authorisationPending plans whose 30 days passed where national law requires
	 * an explicit authorisation
	 * @param pastEnd tests still running (or suspended) after their latest end (Art
	 * 60(4)(f))
	 * @param outcomeMissing tests that ended without a notified final outcome (Art 60(8))
	 * @param awaitingAuthority plans of any Member State that wait for an authority to
	 * use the registry (counts only)
	 */
	public record Attention(int awaitingDecision, List<TacitSoon> tacitSoon, int authorisationPending, int pastEnd,
			int outcomeMissing, int awaitingAuthority) {
	}

	/** A plan approved tacitly soon. */
	public record TacitSoon(TestPlanId id, String uid, Instant tacitAt) {
	}

	@Transactional(readOnly = true)
	public Attention attention() {
		Instant now = clock.instant();
		LocalDate today = periods.periods().day(now);
		Actor actor = currentActor.require();
		List<Review> mine = repository.reviewsOfAuthority(actor.organisationId())
			.stream()
			.filter(review -> review.handledBy(actor))
			.toList();
		Map<TestPlanId, TestPlan> plans = mine.stream()
			.map(Review::plan)
			.distinct()
			.collect(Collectors.toMap(id -> id, id -> repository.find(id).orElseThrow()));
		int awaiting = (int) mine.stream().filter(review -> review.state().open()).count();
		Instant soon = now.plus(java.time.Duration.ofDays(TACIT_SOON_DAYS));
		List<TacitSoon> tacit = mine.stream()
			.filter(review -> review.state() == ReviewState.PENDING && review.tacitAllowed() && review.tacitAt() != null
					&& review.tacitAt().isBefore(soon))
			.sorted(java.util.Comparator.comparing(Review::tacitAt))
			.map(review -> new TacitSoon(review.plan(), plans.get(review.plan()).uid(), review.tacitAt()))
			.toList();
		int authorisation = (int) mine.stream()
			.filter(review -> review.state() == ReviewState.AUTHORISATION_PENDING)
			.count();
		int pastEnd = (int) plans.values()
			.stream()
			.filter(plan -> (plan.state() == TestPlanState.ACTIVE || plan.state() == TestPlanState.SUSPENDED)
					&& plan.endLimit() != null && plan.endLimit().isBefore(today))
			.count();
		int outcome = (int) plans.values()
			.stream()
			.filter(plan -> (plan.state() == TestPlanState.TERMINATED || plan.state() == TestPlanState.COMPLETED)
					&& plan.outcomeNotifiedAt() == null)
			.count();
		int waiting = repository.reviewsInState(ReviewState.AWAITING_AUTHORITY).size();
		return new Attention(awaiting, tacit, authorisation, pastEnd, outcome, waiting);
	}

	/** The dashboard's filter: Member State of testing and day of registration. */
	public record Filter(@Nullable MemberState memberState, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

	/** Registered tests per state (and how many the public may see). */
	public record Statistics(Map<TestPlanState, Long> perState, long total, long publicByConsent) {
	}

	@Transactional(readOnly = true)
	public Statistics statistics(Filter filter) {
		Map<TestPlanId, Set<MemberState>> states = repository.allReviews()
			.stream()
			.collect(Collectors.groupingBy(Review::plan, Collectors.mapping(Review::memberState, Collectors.toSet())));
		Map<TestPlanState, Long> perState = new EnumMap<>(TestPlanState.class);
		long total = 0;
		long visible = 0;
		for (TestPlan plan : repository.registered()) {
			LocalDate day = plan.submittedAt() == null ? null : periods.periods().day(plan.submittedAt());
			if ((filter.memberState() != null
					&& !states.getOrDefault(plan.id(), Set.of()).contains(filter.memberState()))
					|| (day != null && filter.from() != null && day.isBefore(filter.from()))
					|| (day != null && filter.to() != null && day.isAfter(filter.to()))) {
				continue;
			}
			perState.merge(plan.state(), 1L, Long::sum);
			total++;
			if (plan.publiclyVisible()) {
				visible++;
			}
		}
		return new Statistics(perState, total, visible);
	}

}
