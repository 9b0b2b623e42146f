package org.airegistry.incident;

import java.util.List;

/**
 * What one competent authority did with a report, as the reporter and the authority see
 * it.
 */
public record AuthorityStatus(Handling handling, List<InformationRequest> requests, List<Measure> measures) {

	/** Requests the reporter has not answered yet. */
	public List<InformationRequest> openRequests() {
		return requests.stream().filter(InformationRequest::open).toList();
	}

}
