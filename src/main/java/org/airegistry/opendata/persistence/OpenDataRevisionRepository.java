package org.airegistry.opendata.persistence;

import static org.airegistry.db.Tables.OPEN_DATA_REVISION;

import java.time.Instant;

import org.airegistry.opendata.OpenDataRevision;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The one row counting changes of the public data ({@code open_data_revision}). */
@Repository
public class OpenDataRevisionRepository {

	private static final short ROW = 1;

	private final DSLContext dsl;

	OpenDataRevisionRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public OpenDataRevision current() {
		return dsl.select(OPEN_DATA_REVISION.REVISION, OPEN_DATA_REVISION.CHANGED_AT)
			.from(OPEN_DATA_REVISION)
			.where(OPEN_DATA_REVISION.ID.eq(ROW))
			.fetchSingle(Records.mapping((revision, changedAt) -> new OpenDataRevision(revision, changedAt)));
	}

	/** Counts one change, in the caller's transaction. */
	public void raise(Instant now) {
		raise(now, 1);
	}

	/**
	 * Counts several changes made at once, in the caller's transaction: what as many
	 * calls of {@link #raise(Instant)} leave (bulk data, DD089).
	 */
	public void raise(Instant now, long changes) {
		dsl.update(OPEN_DATA_REVISION)
			.set(OPEN_DATA_REVISION.REVISION, OPEN_DATA_REVISION.REVISION.plus(changes))
			.set(OPEN_DATA_REVISION.CHANGED_AT, now)
			.where(OPEN_DATA_REVISION.ID.eq(ROW))
			.execute();
	}

}
