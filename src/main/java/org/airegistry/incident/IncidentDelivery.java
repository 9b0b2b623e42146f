package org.airegistry.incident;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.airegistry.incident.persistence.IncidentRepository;
import org.airegistry.incident.persistence.IncidentRepository.HandlingColumn;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationSummary;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Delivers submitted reports: to the market surveillance authority of each Member State
 * where the incident occurred (Art 73(1)), or to the AI Office for a GPAI model (Art
 * 55(1)(c)); a deployer's report goes to the provider first (Art 26(5)). Each authority
 * gets its own handling with its 7-day clock for measures (Art 73(8)); a Member State
 * whose authority does not use the registry yet gets a handling that waits for it. Later
 * versions reach every authority that has the report and answer open requests.
 */
@Component
class IncidentDelivery {

	private final IncidentRepository repository;

	private final AuthorityRouting routing;

	private final IncidentDeadlines deadlines;

	private final IncidentMailer mailer;

	private final OrganisationService organisations;

	private final ApplicationEventPublisher events;

	private final IncidentCases cases;

	IncidentDelivery(IncidentRepository repository, AuthorityRouting routing, IncidentDeadlines deadlines,
			IncidentMailer mailer, OrganisationService organisations, ApplicationEventPublisher events,
			IncidentCases cases) {
		this.repository = repository;
		this.routing = routing;
		this.deadlines = deadlines;
		this.mailer = mailer;
		this.organisations = organisations;
		this.events = events;
		this.cases = cases;
	}

	/** Where a report with this content goes: one target per authority. */
	static List<Target> targets(ReporterRole role, IncidentReportData data) {
		if (role == ReporterRole.GPAI_PROVIDER) {
			return List.of(new Target(AuthorityKind.AI_OFFICE, null));
		}
		return data.memberStates().stream().map(state -> new Target(AuthorityKind.MARKET_SURVEILLANCE, state)).toList();
	}

	/** One authority a report goes to. */
	record Target(AuthorityKind kind, @Nullable MemberState memberState) {
	}

	/** After a version was submitted. */
	void submitted(IncidentReport report, int version, IncidentReportData data, Instant now) {
		repository.answerRequests(report.id(), version, now);
		List<Handling> existing = repository.handlings(report.id());
		for (Handling handling : existing) {
			HandlingState next = HandlingStateMachine.apply(handling.state(), HandlingAction.NEW_VERSION,
					handling.measuresRecordedAt() != null);
			if (!repository.updateHandling(handling, next, Map.of())) {
				throw new ActionRefusedException("incident.refused.concurrent");
			}
			if (handling.state() != HandlingState.AWAITING_AUTHORITY && handling.state() != HandlingState.CLOSED
					&& handling.authority() != null) {
				mailAuthority(handling.authority(), "updated", report, version);
			}
		}
		for (Target target : targets(report.role(), data)) {
			boolean known = existing.stream()
				.anyMatch(handling -> handling.kind() == target.kind()
						&& Objects.equals(handling.memberState(), target.memberState()));
			if (!known) {
				deliver(report, target, now);
			}
		}
		if (version == 1 && report.route() == Route.PROVIDER_FIRST && report.provider() != null) {
			// Art 26(5): a deployer informs the provider first, then the authorities
			mailer.send(report.provider(), "deployerReport", report.reference(), report.subjectName(),
					report.reporterName(), mailer.link(IncidentRoutes.WORKSPACE));
		}
	}

	private void deliver(IncidentReport report, Target target, Instant now) {
		Optional<Authority> authority = target.kind() == AuthorityKind.AI_OFFICE ? routing.aiOffice()
				: routing.marketSurveillance(Objects.requireNonNull(target.memberState()), Competence.SERIOUS_INCIDENTS,
						report.supervisionBasis());
		UUID handling = UUID.randomUUID();
		Instant measuresDue = authority.isPresent() && target.kind() == AuthorityKind.MARKET_SURVEILLANCE
				? deadlines.measuresPeriod(now).endsAt() : null;
		repository.insertHandling(handling, report.id(), target.kind(), target.memberState(),
				authority.map(Authority::id).orElse(null),
				authority.isPresent() ? HandlingState.RECEIVED : HandlingState.AWAITING_AUTHORITY, now, measuresDue);
		events.publishEvent(new IncidentStepped(report.reference(), IncidentStepped.Step.DELIVERED,
				target.kind() == AuthorityKind.AI_OFFICE ? report.role().article()
						: report.role().article() + ", " + report.supervisionBasis().article(),
				null, target.kind() + (target.memberState() == null ? "" : " " + target.memberState())
						+ authority.map(found -> ": " + found.name()).orElse(": no authority in the registry yet")));
		authority.ifPresent(found -> mailAuthority(found.id(), "received", report, 1));
	}

	/**
	 * Delivers a waiting handling to the authority of its Member State that now uses the
	 * registry; its 7-day period runs from now.
	 * @return whether it was delivered
	 */
	boolean route(Handling handling, Instant now) {
		if (handling.state() != HandlingState.AWAITING_AUTHORITY) {
			return false;
		}
		// as submitted: the routing follows the latest submitted answers, not the working
		// copy
		IncidentReport report = cases.submitted(handling.incident());
		Optional<Authority> authority = handling.kind() == AuthorityKind.AI_OFFICE ? routing.aiOffice()
				: handling.memberState() == null ? Optional.empty() : routing.marketSurveillance(handling.memberState(),
						Competence.SERIOUS_INCIDENTS, report.supervisionBasis());
		if (authority.isEmpty()) {
			return false;
		}
		HandlingState next = HandlingStateMachine.apply(handling.state(), HandlingAction.ROUTE, false);
		Map<HandlingColumn, @Nullable Object> changes = new EnumMap<>(HandlingColumn.class);
		changes.put(HandlingColumn.AUTHORITY, authority.get().id());
		changes.put(HandlingColumn.ROUTED_AT, now);
		changes.put(HandlingColumn.MEASURES_DUE_AT, deadlines.measuresPeriod(now).endsAt());
		if (!repository.updateHandling(handling, next, IncidentRepository.changes(changes))) {
			return false;
		}
		events.publishEvent(new IncidentStepped(report.reference(), IncidentStepped.Step.DELIVERED,
				handling.kind() == AuthorityKind.AI_OFFICE ? "Art 73(1)"
						: "Art 73(1), " + report.supervisionBasis().article(),
				HandlingState.AWAITING_AUTHORITY.name(), authority.get().name()));
		mailAuthority(authority.get().id(), "received", report,
				report.submittedVersion() == null ? 1 : report.submittedVersion());
		return true;
	}

	private void mailAuthority(org.airegistry.shared.OrganisationId authority, String kind, IncidentReport report,
			int version) {
		mailer.send(authority, kind, report.reference(), report.subjectName(), version,
				mailer.link(IncidentRoutes.inboxReport(report.id())));
	}

	/** The reporting organisation's functional address and country, for mails to it. */
	Optional<OrganisationSummary> reporter(IncidentReport report) {
		return organisations.summary(report.reporter());
	}

}
