package org.airegistry.testing;

import java.util.List;
import java.util.Optional;

import org.airegistry.registry.StoredDocument;

/**
 * A test plan with everything its reader may see: the plan, its registered versions
 * (newest first), the authorities' reviews, what happened, and the plan documents.
 *
 * @param registeredConduct the conditions as registered with the latest version
 */
public record TestPlanCase(TestPlan plan, List<RegisteredVersion> versions, List<Review> reviews,
		List<TestEvent> events, List<StoredDocument> documents, Optional<TestConduct> registeredConduct) {

	public Optional<RegisteredVersion> latest() {
		return versions.stream().findFirst();
	}

}
