package org.airegistry.incident;

import org.airegistry.shared.DomainEvent;

/**
 * A reporter submitted a version of a serious-incident report to the competent
 * authorities. Never public: listeners must not index or publish it.
 *
 * @param late whether the first version came after the deadline
 */
public record IncidentReportSubmitted(IncidentId incident, int version, ReportType type,
		boolean late) implements DomainEvent {

}
