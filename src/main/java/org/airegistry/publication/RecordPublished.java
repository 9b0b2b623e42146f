package org.airegistry.publication;

import org.airegistry.shared.DomainEvent;

import org.jspecify.annotations.Nullable;

/**
 * The kernel's typed event: a new version of a record of some kind was published, by its
 * owner ({@link Publisher#publish}) or as an authority's amendment
 * ({@link Publisher#amend}). The publisher announces it for every kind in the
 * publication's transaction, and the audit trail records every publication from it; the
 * kinds' own events (e.g. for the search index) are published beside it.
 *
 * @param action the audit action, e.g. {@code entry.published}
 * @param subjectType what was published, e.g. {@code ai-system}
 * @param subjectId which record, as the public and the authorities name it
 * @param legalReference the article the publication fulfils
 * @param previousVersion the version published before, null for the first
 * @param version the new version
 * @param visibility who may see the new version
 * @param detail what else the audit trail shows about the new version (may be empty)
 */
public record RecordPublished(String action, String subjectType, String subjectId, String legalReference,
		@Nullable Integer previousVersion, int version, Visibility visibility, String detail) implements DomainEvent {

	/**
	 * How a kind names a publication of one of its records (see
	 * {@link PublicationRules#audited}).
	 *
	 * @param action the audit action, e.g. {@code entry.published}
	 * @param subjectType what is published, e.g. {@code ai-system}
	 * @param subjectId which record
	 * @param legalReference the article the publication fulfils
	 * @param detail what else to show about the new version (may be empty)
	 */
	public record Subject(String action, String subjectType, String subjectId, String legalReference, String detail) {

		/** A publication with nothing more to show than its version. */
		public Subject(String action, String subjectType, String subjectId, String legalReference) {
			this(action, subjectType, subjectId, legalReference, "");
		}

	}

	static RecordPublished of(Subject subject, @Nullable Integer previousVersion, Publication publication) {
		return new RecordPublished(subject.action(), subject.subjectType(), subject.subjectId(),
				subject.legalReference(), previousVersion, publication.version(), publication.visibility(),
				subject.detail());
	}

	/** The state before, as the audit trail shows it. */
	public @Nullable String before() {
		return previousVersion == null ? null : "version " + previousVersion;
	}

	/** The state after, as the audit trail shows it. */
	public String after() {
		return "version " + version + (detail.isEmpty() ? "" : ", " + detail);
	}

}
