package org.airegistry.testing;

import java.time.Instant;
import java.time.LocalDate;

import org.airegistry.publication.PublicHold;
import org.airegistry.publication.Visibility;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A test plan as its provider and the authorities see it.
 *
 * @param uid the Union-wide unique identification number (Annex IX point 1)
 * @param draft the working copy of the registration
 * @param conduct the conditions kept for the authorities (working copy)
 * @param registeredVersion the latest registered version, {@code null} before
 * registration
 * @param visibility the section the plan is in now, {@code null} before registration
 * @param hold a hold on its public view (consent withdrawn)
 * @param startedOn when testing started
 * @param endLimit the latest day testing may last (start + 6 months, extended once by up
 * to 6 months, Art 60(4)(f))
 * @param extended whether it was extended
 * @param suspendedOn since when it is suspended
 * @param endedOn when it was terminated or completed
 */
public record TestPlan(TestPlanId id, String uid, OrganisationId provider, String providerName, TestPlanState state,
		long lockVersion, TestPlanData draft, TestConduct conduct, boolean draftChanged,
		@Nullable Integer registeredVersion, @Nullable Visibility visibility, @Nullable PublicHold hold,
		@Nullable Instant submittedAt, @Nullable Instant approvedAt, @Nullable LocalDate startedOn,
		@Nullable LocalDate endLimit, boolean extended, @Nullable LocalDate suspendedOn, @Nullable LocalDate endedOn,
		@Nullable Instant outcomeNotifiedAt, @Nullable String outcomeSummary, Instant updatedAt) {

	/** Whether the public may see it now (consent given and not withdrawn). */
	public boolean publiclyVisible() {
		return visibility != null && visibility.isPublic() && hold == null;
	}

}
