package org.airegistry.incident;

import java.util.List;
import java.util.Optional;

/**
 * A report with everything its reader may see: the record, its submitted versions (newest
 * first), what each competent authority did, and its deadline.
 */
public record IncidentCase(IncidentReport report, List<SubmittedVersion> versions, List<AuthorityStatus> authorities,
		Optional<IncidentDeadline> deadline) {

	/** The latest submitted version, if any. */
	public Optional<SubmittedVersion> latest() {
		return versions.stream().findFirst();
	}

}
