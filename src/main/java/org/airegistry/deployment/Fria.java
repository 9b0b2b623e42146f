package org.airegistry.deployment;

import java.time.Instant;

import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A deployer's fundamental-rights impact assessment of one system, as the deployer and
 * the regulators see it.
 *
 * @param id the assessment
 * @param deployer the deployer organisation
 * @param providerRegistrationNumber the provider's entry of the assessed system
 * @param state where the assessment stands
 * @param assessmentVersion the version being worked on or last completed (1, 2, ...)
 * @param notifiedVersion the last version notified to the authority, if any
 * @param data the content
 * @param completedAt when the current version was completed
 * @param notifiedAt when the last version was notified to the authority
 * @param lockVersion optimistic-locking version; pass it back when changing
 * @param firstCompletedAt when the first version was completed: the use may not start
 * before (Art 27(1))
 */
public record Fria(FriaId id, OrganisationId deployer, String providerRegistrationNumber, FriaState state,
		int assessmentVersion, @Nullable Integer notifiedVersion, FriaData data, @Nullable Instant completedAt,
		@Nullable Instant notifiedAt, long lockVersion, @Nullable Instant firstCompletedAt) {

	/** A new assessment: a draft of version 1. */
	public static Fria start(FriaId id, OrganisationId deployer, String providerRegistrationNumber) {
		return new Fria(id, deployer, providerRegistrationNumber, FriaState.DRAFT, 1, null, FriaData.empty(), null,
				null, 0, null);
	}

	/**
	 * Whether a completed version exists that a deployer registration can rely on: also
	 * when exempt from notification (Art 27(3), 46(1)).
	 */
	public boolean isCompleted() {
		return state == FriaState.COMPLETED || state == FriaState.NOTIFIED || state == FriaState.EXEMPT;
	}

	Fria with(FriaState newState, int newAssessmentVersion, @Nullable Integer newNotifiedVersion, FriaData newData,
			@Nullable Instant newCompletedAt, @Nullable Instant newNotifiedAt) {
		return new Fria(id, deployer, providerRegistrationNumber, newState, newAssessmentVersion, newNotifiedVersion,
				newData, newCompletedAt, newNotifiedAt, lockVersion,
				firstCompletedAt == null ? newCompletedAt : firstCompletedAt);
	}

}
