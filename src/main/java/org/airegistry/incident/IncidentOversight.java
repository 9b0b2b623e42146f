package org.airegistry.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.airegistry.incident.persistence.IncidentRepository;
import org.airegistry.security.Actor;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serious incidents in the regulator console: what needs the caller's authority's
 * attention, and counts over all reports for the dashboard's charts (numbers only; no
 * content of any report leaves the inbox).
 */
@Service
@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
public class IncidentOversight {

	private final IncidentRepository repository;

	private final CurrentActor currentActor;

	private final IncidentSettings settings;

	private final Clock clock;

	IncidentOversight(IncidentRepository repository, CurrentActor currentActor, IncidentSettings settings,
			Clock clock) {
		this.repository = repository;
		this.currentActor = currentActor;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What needs the caller's authority's attention.
	 *
	 * @param unacknowledged reports received and not acknowledged yet
	 * @param measuresOverdue reports whose 7-day period for measures passed (Art 73(8)),
	 * most overdue first
	 * @param lateReports reports received after the reporter's deadline (Art 73(2)-(4))
	 * @param awaitingCompleteReport initial reports whose complete report has not
	 * followed within the configured time (Art 73(5))
	 * @param requestsOverdue requests for information past the date the authority set
	 * @param commissionNotNotified open reports the authority has not recorded notifying
	 * the Commission of (Art 73(11))
	 * @param awaitingAuthority reports of any Member State that wait for an authority to
	 * use the registry (counts only)
	 */
	public record Attention(int unacknowledged, List<Overdue> measuresOverdue, int lateReports,
			int awaitingCompleteReport, int requestsOverdue, int commissionNotNotified, int awaitingAuthority) {
	}

	/** A report whose period for measures passed. */
	public record Overdue(IncidentId id, String reference, String subjectName, Instant measuresDueAt) {
	}

	@Transactional(readOnly = true)
	public Attention attention() {
		Instant now = clock.instant();
		Actor actor = currentActor.require();
		List<Handling> mine = repository.ofAuthority(actor.organisationId())
			.stream()
			.filter(handling -> handling.handledBy(actor))
			.toList();
		Map<IncidentId, IncidentSummary> summaries = repository
			.summaries(mine.stream().map(Handling::incident).distinct().toList());
		int unacknowledged = (int) mine.stream().filter(h -> h.state() == HandlingState.RECEIVED).count();
		List<Overdue> overdue = mine.stream()
			.filter(handling -> handling.measuresOverdue(now))
			.sorted(Comparator.comparing(Handling::measuresDueAt))
			.map(handling -> {
				IncidentSummary summary = summaries.get(handling.incident());
				return new Overdue(handling.incident(), summary.reference(), summary.subjectName(),
						handling.measuresDueAt());
			})
			.toList();
		int late = (int) mine.stream()
			.filter(handling -> handling.state().open())
			.filter(handling -> summaries.get(handling.incident()).late())
			.count();
		Instant completeExpected = now.atZone(settings.zone())
			.minus(settings.completeReportExpectedWithin())
			.toInstant();
		int awaitingComplete = (int) mine.stream()
			.filter(handling -> handling.state().open())
			.map(handling -> summaries.get(handling.incident()))
			.filter(summary -> summary.state() == IncidentState.INITIAL_REPORT && summary.firstSubmittedAt() != null
					&& summary.firstSubmittedAt().isBefore(completeExpected))
			.count();
		LocalDate today = now.atZone(settings.zone()).toLocalDate();
		List<UUID> openIds = mine.stream().filter(h -> h.state().open()).map(Handling::id).toList();
		int requestsOverdue = (int) repository.requests(openIds)
			.stream()
			.filter(request -> request.open() && request.dueOn() != null && request.dueOn().isBefore(today))
			.count();
		int commission = (int) mine.stream()
			.filter(handling -> handling.state().open() && handling.kind() == AuthorityKind.MARKET_SURVEILLANCE
					&& handling.commissionNotifiedAt() == null)
			.count();
		int awaiting = repository.awaitingAuthority().size();
		return new Attention(unacknowledged, overdue, late, awaitingComplete, requestsOverdue, commission, awaiting);
	}

	/**
	 * The dashboard's filter: where incidents occurred and when they were first reported.
	 */
	public record Filter(@Nullable MemberState memberState, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

	/**
	 * Counts over all submitted reports.
	 *
	 * @param perMonth reports per month of first submission: [in time, late]
	 * @param perArea reports per Annex III area (1-8; 0 for GPAI models)
	 * @param perMemberState reports per Member State where they occurred
	 * @param inTime reports submitted within their deadline
	 * @param total all reports counted
	 */
	public record Statistics(SortedMap<YearMonth, long[]> perMonth, SortedMap<Integer, Long> perArea,
			Map<MemberState, Long> perMemberState, long inTime, long total) {

		/** The share of reports submitted in time, 0 to 1; 1 when there are none. */
		public double onTimeRate() {
			return total == 0 ? 1 : (double) inTime / total;
		}

	}

	@Transactional(readOnly = true)
	public Statistics statistics(Filter filter) {
		Map<IncidentId, Set<MemberState>> occurred = repository.allHandlings()
			.stream()
			.filter(handling -> handling.memberState() != null)
			.collect(Collectors.groupingBy(Handling::incident,
					Collectors.mapping(Handling::memberState, Collectors.toSet())));
		SortedMap<YearMonth, long[]> perMonth = new TreeMap<>();
		SortedMap<Integer, Long> perArea = new TreeMap<>();
		Map<MemberState, Long> perMemberState = new EnumMap<>(MemberState.class);
		long inTime = 0;
		long total = 0;
		List<IncidentReport> counted = new ArrayList<>();
		for (IncidentReport report : repository.submitted()) {
			LocalDate day = report.firstSubmittedAt().atZone(settings.zone()).toLocalDate();
			Set<MemberState> states = occurred.getOrDefault(report.id(), Set.of());
			if ((filter.from() != null && day.isBefore(filter.from()))
					|| (filter.to() != null && day.isAfter(filter.to()))
					|| (filter.memberState() != null && !states.contains(filter.memberState()))) {
				continue;
			}
			counted.add(report);
			long[] month = perMonth.computeIfAbsent(YearMonth.from(day), key -> new long[2]);
			month[report.late() ? 1 : 0]++;
			int area = report.annexIIIPoint() == null ? 0 : report.annexIIIPoint().area();
			perArea.merge(area, 1L, Long::sum);
			states.forEach(state -> perMemberState.merge(state, 1L, Long::sum));
			total++;
			if (!report.late()) {
				inTime++;
			}
		}
		if (!perMonth.isEmpty()) {
			for (YearMonth month = perMonth.firstKey(); month
				.isBefore(perMonth.lastKey()); month = month.plusMonths(1)) {
				perMonth.putIfAbsent(month, new long[2]);
			}
		}
		return new Statistics(perMonth, perArea, perMemberState, inTime, total);
	}

}
