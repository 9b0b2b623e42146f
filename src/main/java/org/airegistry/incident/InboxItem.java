package org.airegistry.incident;

/**
 * One line of an authority's incident inbox: its handling and the report.
 *
 * @param openRequests how many of its requests for information are unanswered
 * @param supervision why a market surveillance authority received it (Art 70(1), Art
 * 74(8))
 */
public record InboxItem(Handling handling, IncidentSummary report, int openRequests, Supervision supervision) {

}
