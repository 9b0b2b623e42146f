package org.airegistry.testing;

import java.util.Locale;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A state change of a real-world test plan (Art 60) or of an authority's review of it:
 * the plan's UID, states and the texts written for the record, never a person's data.
 * Audited as {@code test-plan.<step>} (DD024); the registration of a version is the
 * kernel's publication ({@link TestPlanRegistered}).
 *
 * @param uid the plan's Union-wide unique identifier
 * @param step what happened
 * @param legalReference the article it rests on, if any
 * @param before the state before, if any
 * @param after the state after, if any
 * @param provider the provider the record is kept for when no user acts (the 30 days
 * passing, an authority's decision), else null
 */
public record TestPlanStepped(String uid, Step step, @Nullable String legalReference, @Nullable String before,
		@Nullable String after, @Nullable OrganisationId provider) implements DomainEvent {

	/** What happened. */
	public enum Step {

		CREATED, DRAFT_SAVED, DOCUMENT_STORED, DELIVERED, REVIEW_APPROVED, REVIEW_TACITLY_APPROVED,
		REVIEW_AUTHORISATION_PENDING, REVIEW_REJECTED, APPROVED, REJECTED, STARTED, EXTENDED, SUSPENDED, RESUMED,
		TERMINATED, COMPLETED, OUTCOME_NOTIFIED, CONSENT_WITHDRAWN;

		/** The audit action, e.g. {@code test-plan.review-tacitly-approved}. */
		public String action() {
			return "test-plan." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/**
		 * Whether the step changes where the test stands as the public may know it
		 * ({@link PublicTestStatus}) or whether the public may see it at all.
		 */
		public boolean changesPublicStatus() {
			return switch (this) {
				case REJECTED, STARTED, SUSPENDED, RESUMED, TERMINATED, COMPLETED, CONSENT_WITHDRAWN -> true;
				case CREATED, DRAFT_SAVED, DOCUMENT_STORED, DELIVERED, REVIEW_APPROVED, REVIEW_TACITLY_APPROVED,
						REVIEW_AUTHORISATION_PENDING, REVIEW_REJECTED, APPROVED, EXTENDED, OUTCOME_NOTIFIED ->
					false;
			};
		}

		/** The step of an event in the life of a running test. */
		static Step of(TestEventKind kind) {
			return switch (kind) {
				case STARTED -> STARTED;
				case EXTENDED -> EXTENDED;
				case SUSPENDED -> SUSPENDED;
				case RESUMED -> RESUMED;
				case TERMINATED -> TERMINATED;
				case COMPLETED -> COMPLETED;
				case OUTCOME_NOTIFIED -> OUTCOME_NOTIFIED;
				case CONSENT_WITHDRAWN -> CONSENT_WITHDRAWN;
				case SUBMITTED, APPROVED, TACITLY_APPROVED, AUTHORISATION_PENDING, REJECTED, CONSENT_GIVEN,
						INCIDENT_REPORTED ->
					throw new IllegalArgumentException("No life event: " + kind);
			};
		}

		/** The step of an authority's decision on its review. */
		static Step review(ReviewState decided) {
			return switch (decided) {
				case APPROVED -> REVIEW_APPROVED;
				case TACITLY_APPROVED -> REVIEW_TACITLY_APPROVED;
				case AUTHORISATION_PENDING -> REVIEW_AUTHORISATION_PENDING;
				case REJECTED -> REVIEW_REJECTED;
				case AWAITING_AUTHORITY, PENDING -> throw new IllegalArgumentException("No decision: " + decided);
			};
		}

		/** The step of the plan reaching what its reviews together mean. */
		static Step reached(TestPlanState state) {
			return switch (state) {
				case APPROVED -> APPROVED;
				case REJECTED -> REJECTED;
				case DRAFT, SUBMITTED, ACTIVE, SUSPENDED, TERMINATED, COMPLETED ->
					throw new IllegalArgumentException("Not reached through the reviews: " + state);
			};
		}

	}

}
