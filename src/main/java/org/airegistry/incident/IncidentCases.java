package org.airegistry.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.airegistry.incident.persistence.IncidentRepository;
import org.airegistry.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Assembles a report with its versions, the authorities' handlings and its deadline, for
 * the services that have already decided who may read it.
 */
@Component
class IncidentCases {

	private final IncidentRepository repository;

	private final IncidentDeadlines deadlines;

	IncidentCases(IncidentRepository repository, IncidentDeadlines deadlines) {
		this.repository = repository;
		this.deadlines = deadlines;
	}

	/** The case as its reporter sees it (with the working copy). */
	IncidentCase forReporter(IncidentReport report) {
		return new IncidentCase(report, repository.versions(report.id()), statuses(report.id()), deadline(report));
	}

	/**
	 * The case as an authority sees it: what was submitted only, the unsubmitted working
	 * copy replaced by the latest submitted version.
	 */
	IncidentCase forAuthorities(IncidentId id) {
		List<SubmittedVersion> versions = repository.versions(id);
		IncidentReport submitted = submitted(id, versions);
		return new IncidentCase(submitted, versions, statuses(id), deadline(submitted));
	}

	/**
	 * The report as submitted: the working copy replaced by the latest submitted version
	 * (what the authorities read and what routes it).
	 */
	IncidentReport submitted(IncidentId id) {
		return submitted(id, repository.versions(id));
	}

	private IncidentReport submitted(IncidentId id, List<SubmittedVersion> versions) {
		IncidentReport report = repository.find(id).orElseThrow(() -> new NotFoundException("Serious-incident report"));
		if (versions.isEmpty()) {
			throw new NotFoundException("Serious-incident report");
		}
		return new IncidentReport(report.id(), report.reference(), report.reporter(), report.reporterName(),
				report.role(), report.route(), report.registrationNumber(), report.gpaiModelId(), report.subjectName(),
				report.provider(), report.annexIIIPoint(), report.lawEnforcementUse(), report.state(),
				report.lockVersion(), versions.getFirst().data(), false, report.submittedVersion(),
				report.deadlineCase(), report.clockStartAt(), report.dueAt(), report.firstSubmittedAt(), report.late(),
				report.completeSubmittedAt(), report.basedOn(), report.createdAt());
	}

	/**
	 * The deadline of a report: of its working copy before the first submission, then
	 * frozen.
	 */
	Optional<IncidentDeadline> deadline(IncidentReport report) {
		if (report.deadlineCase() != null && report.clockStartAt() != null) {
			return Optional.of(deadlines.of(report.deadlineCase(), report.clockStartAt()));
		}
		return deadlines.of(report.role(), report.draft());
	}

	private List<AuthorityStatus> statuses(IncidentId id) {
		List<Handling> handlings = repository.handlings(id);
		List<UUID> ids = handlings.stream().map(Handling::id).toList();
		Map<UUID, List<InformationRequest>> requests = repository.requests(ids)
			.stream()
			.collect(Collectors.groupingBy(InformationRequest::handling));
		Map<UUID, List<Measure>> measures = repository.measures(ids)
			.stream()
			.collect(Collectors.groupingBy(Measure::handling));
		return handlings.stream()
			.map(handling -> new AuthorityStatus(handling, requests.getOrDefault(handling.id(), List.of()),
					measures.getOrDefault(handling.id(), List.of())))
			.toList();
	}

}
