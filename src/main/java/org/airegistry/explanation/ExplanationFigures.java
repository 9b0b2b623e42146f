package org.airegistry.explanation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.airegistry.explanation.persistence.ExplanationRepository;
import org.airegistry.explanation.persistence.StatisticsRow;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.OrganisationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of Art 86 requests (per state, overdue per deployer), computed for the
 * authority's dashboard ({@link ExplanationOversight}, regulators only) and for the
 * operators' metrics ({@link ExplanationMetrics}, counts only). Only counts and deployer
 * names leave this class; nothing of a requester is read for them.
 */
@Component
class ExplanationFigures {

	private final ExplanationRepository repository;

	private final OrganisationService organisations;

	private final Deadlines deadlines;

	private final Clock clock;

	ExplanationFigures(ExplanationRepository repository, OrganisationService organisations,
			ExplanationProperties properties, Clock clock) {
		this.repository = repository;
		this.organisations = organisations;
		this.deadlines = new Deadlines(properties.deadline().rules());
		this.clock = clock;
	}

	/** Requests per state and overdue requests per deployer within the filter. */
	@Transactional(readOnly = true)
	ExplanationOversight.Overview overview(ExplanationOversight.Filter filter) {
		List<StatisticsRow> rows = repository
			.forStatistics(filter.memberState() == null ? List.of()
					: List.of(filter.memberState().isoCode(), filter.memberState().name()))
			.stream()
			.filter(row -> within(filter, deadlines.day(row.submittedAt())))
			.toList();
		Map<RequestState, Long> perState = new EnumMap<>(RequestState.class);
		for (RequestState state : RequestState.values()) {
			if (state != RequestState.AWAITING_VERIFICATION) {
				perState.put(state, 0L);
			}
		}
		rows.forEach(row -> perState.merge(row.state(), 1L, Long::sum));
		List<StatisticsRow> open = rows.stream().filter(row -> row.state().isOpen()).toList();
		Map<UUID, List<ClockStop>> stops = new HashMap<>();
		if (!open.isEmpty()) {
			repository.clockStops(open.stream().map(StatisticsRow::id).toList())
				.forEach((id, list) -> stops.put(id, list.stream().map(s -> new ClockStop(s[0], s[1])).toList()));
		}
		Instant now = clock.instant();
		LocalDate today = deadlines.day(now);
		Map<OrganisationId, Long> overdue = new HashMap<>();
		for (StatisticsRow row : open) {
			Deadline deadline = deadlines.compute(row.submittedAt(), Period.ofMonths(row.extensionMonths()),
					stops.getOrDefault(row.id(), List.of()), now);
			if (deadline.overdueOn(today)) {
				overdue.merge(row.deployer(), 1L, Long::sum);
			}
		}
		List<ExplanationOversight.DeployerOverdue> perDeployer = new ArrayList<>();
		overdue.forEach((deployer, count) -> perDeployer.add(new ExplanationOversight.DeployerOverdue(deployer,
				organisations.legalName(deployer).orElse(""), count)));
		perDeployer.sort(Comparator.comparingLong(ExplanationOversight.DeployerOverdue::overdue)
			.reversed()
			.thenComparing(ExplanationOversight.DeployerOverdue::deployerName));
		return new ExplanationOversight.Overview(perState, List.copyOf(perDeployer),
				overdue.values().stream().mapToLong(Long::longValue).sum());
	}

	/** Overdue requests in the whole registry (for the attention list). */
	@Transactional(readOnly = true)
	long overdueCount() {
		return overview(ExplanationOversight.Filter.ALL).overdue();
	}

	private static boolean within(ExplanationOversight.Filter filter, LocalDate day) {
		return (filter.from() == null || !day.isBefore(filter.from()))
				&& (filter.to() == null || !day.isAfter(filter.to()));
	}

}
