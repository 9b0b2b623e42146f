package org.airegistry.publication.store;

import java.time.Instant;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.Table;

/**
 * The columns of one kind's record table and version table that the kernel reads and
 * writes. Kind-specific columns (names, references) stay the kind's own.
 *
 * @param records the record (draft) table
 * @param versions the immutable version table
 */
public record PublicationTables(Records records, Versions versions) {

	/**
	 * The record table: one row per record with its working copy.
	 *
	 * @param visibility the section the record is in now (of its latest version, or of
	 * the record it follows); null while never published
	 * @param publicHold a moderation hold
	 * ({@link org.airegistry.publication.PublicHold}), null when none
	 */
	public record Records(Table<?> table, Field<UUID> id, Field<UUID> owner, Field<String> draftData,
			Field<Boolean> draftChanged, Field<Integer> publishedVersion, Field<Long> lockVersion,
			Field<Instant> createdAt, Field<Instant> updatedAt, Field<String> visibility, Field<String> publicHold) {
	}

	/**
	 * The version table: one immutable row per published version.
	 *
	 * @param visibility who may see this version, decided at its publication
	 */
	public record Versions(Table<?> table, Field<UUID> recordId, Field<Integer> number, Field<String> data,
			Field<String> changeSummary, Field<String> contentSha256, Field<Instant> publishedAt,
			Field<UUID> publishedBy, Field<String> visibility) {
	}

}
