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
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate figures of Art 86 requests for the market surveillance authority's dashboard:
 * requests per state and overdue requests per deployer. Only counts and deployer names
 * leave this class; nothing of a requester (address, texts, references, tokens) is read
 * for them. Regulators only.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
public class ExplanationOversight {

	/**
	 * What to count.
	 *
	 * @param memberState only requests to deployers seated in this Member State
	 * @param from submitted (verified) on or after this day
	 * @param to submitted on or before this day
	 */
	public record Filter(@Nullable MemberState memberState, @Nullable LocalDate from, @Nullable LocalDate to) {

		public static final Filter ALL = new Filter(null, null, null);

	}

	/** Overdue requests of one deployer (Art 86; deadline per configuration). */
	public record DeployerOverdue(OrganisationId deployer, String deployerName, long overdue) {
	}

	/**
	 * The figures.
	 *
	 * @param perState verified requests per state (every state after verification is
	 * present, zero when none)
	 * @param overduePerDeployer deployers with overdue requests, most overdue first
	 * @param overdue overdue requests in total: open, past the due date, clock running
	 */
	public record Overview(Map<RequestState, Long> perState, List<DeployerOverdue> overduePerDeployer, long overdue) {
	}

	private final ExplanationRepository repository;

	private final OrganisationService organisations;

	private final Deadlines deadlines;

	private final Clock clock;

	ExplanationOversight(ExplanationRepository repository, OrganisationService organisations,
			ExplanationProperties properties, Clock clock) {
		this.repository = repository;
		this.organisations = organisations;
		this.deadlines = new Deadlines(properties.deadline().rules());
		this.clock = clock;
	}

	/** Requests per state and overdue requests per deployer within the filter. */
	@Transactional(readOnly = true)
	public Overview overview(Filter filter) {
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
		rows.forEach(row -> perState.merge(RequestState.valueOf(row.state()), 1L, Long::sum));
		List<StatisticsRow> open = rows.stream().filter(row -> RequestState.valueOf(row.state()).isOpen()).toList();
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
		List<DeployerOverdue> perDeployer = new ArrayList<>();
		overdue.forEach((deployer, count) -> perDeployer
			.add(new DeployerOverdue(deployer, organisations.legalName(deployer).orElse(""), count)));
		perDeployer.sort(Comparator.comparingLong(DeployerOverdue::overdue)
			.reversed()
			.thenComparing(DeployerOverdue::deployerName));
		return new Overview(perState, List.copyOf(perDeployer),
				overdue.values().stream().mapToLong(Long::longValue).sum());
	}

	/** Overdue requests in the whole registry (for the attention list). */
	@Transactional(readOnly = true)
	public long overdueCount() {
		return overview(Filter.ALL).overdue();
	}

	private static boolean within(Filter filter, LocalDate day) {
		return (filter.from() == null || !day.isBefore(filter.from()))
				&& (filter.to() == null || !day.isAfter(filter.to()));
	}

}
