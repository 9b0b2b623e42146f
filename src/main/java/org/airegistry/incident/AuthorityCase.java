package org.airegistry.incident;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A report as a competent authority sees it: the record, its submitted versions (newest
 * first, never the working copy), every authority's handling (its own first) and the
 * deadline.
 *
 * @param ownHandling the id of the caller's authority's handling
 */
public record AuthorityCase(IncidentReport report, List<SubmittedVersion> versions, List<AuthorityStatus> authorities,
		Optional<IncidentDeadline> deadline, UUID ownHandling) {

	/** The caller's authority's handling. */
	public AuthorityStatus own() {
		return authorities.getFirst();
	}

	/** The latest submitted version. */
	public SubmittedVersion latest() {
		return versions.getFirst();
	}

}
