package org.airegistry.testing;

import java.time.Instant;
import java.time.LocalDate;

import org.airegistry.publication.Visibility;
import org.jspecify.annotations.Nullable;

/** One line of a list of test plans. */
public record TestPlanSummary(TestPlanId id, String uid, String providerName, String systemName, TestPlanState state,
		@Nullable Integer registeredVersion, boolean draftChanged, @Nullable Visibility visibility, boolean held,
		@Nullable LocalDate startedOn, @Nullable LocalDate endLimit, Instant updatedAt) {

}
