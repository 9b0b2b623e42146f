package org.airegistry.incident;

/**
 * One line of an authority's incident inbox: its handling and the report.
 *
 * @param openRequests how many of its requests for information are unanswered
 */
public record InboxItem(Handling handling, IncidentSummary report, int openRequests) {

}
