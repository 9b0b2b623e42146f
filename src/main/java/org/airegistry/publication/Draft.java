package org.airegistry.publication;

import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A record opened for editing by its owner: the working copy and where it stands.
 *
 * @param id the record
 * @param owner the organisation the record belongs to
 * @param lockVersion optimistic-locking version; pass it back when saving or publishing
 * @param data the working copy
 * @param publishedVersion the latest published version, {@code null} while never
 * published
 * @param draftChanged whether the working copy holds changes not yet published
 * @param visibility the section the record is in now; {@code null} while never published
 * (unless its kind places it before, e.g. a deployer registration follows its entry)
 */
public record Draft<ID, D>(ID id, OrganisationId owner, long lockVersion, D data, @Nullable Integer publishedVersion,
		boolean draftChanged, @Nullable Visibility visibility) {

	public boolean isPublished() {
		return publishedVersion != null;
	}

	/** The number the next published version gets. */
	public int nextVersion() {
		return publishedVersion == null ? 1 : publishedVersion + 1;
	}

}
