package org.airegistry.publication.store;

import java.time.Instant;

import org.airegistry.publication.PublicHold;
import org.airegistry.publication.RecordId;
import org.airegistry.publication.Visibility;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.EnumConverter;

/**
 * The columns of one kind's record table and version table that the kernel reads and
 * writes. Kind-specific columns (names, references) stay the kind's own. Id columns are
 * the kind's converted fields (DD026): the store reads and writes typed ids only, never
 * their UUIDs.
 *
 * @param records the record (draft) table
 * @param versions the immutable version table
 * @param <ID> the kind's record id
 */
public record PublicationTables<ID extends RecordId>(Records<ID> records, Versions<ID> versions) {

	/**
	 * The record table: one row per record with its working copy.
	 *
	 * @param visibility the section the record is in now (of its latest version, or of
	 * the record it follows); null while never published
	 * @param publicHold a moderation hold
	 * ({@link org.airegistry.publication.PublicHold}), null when none
	 * @param id the record's id, converted to the kind's id
	 * @param owner the owning organisation, converted to its id
	 */
	public record Records<ID extends RecordId>(Table<?> table, Field<ID> id, Field<OrganisationId> owner,
			Field<String> draftData, Field<Boolean> draftChanged, Field<Integer> publishedVersion,
			Field<Long> lockVersion, Field<Instant> createdAt, Field<Instant> updatedAt, Field<Visibility> visibility,
			Field<PublicHold> publicHold) {
	}

	/**
	 * The version table: one immutable row per published version.
	 *
	 * @param visibility who may see this version, decided at its publication
	 * @param recordId the record the version belongs to, converted to the kind's id
	 * @param publishedBy the account that published it, converted to its id
	 */
	public record Versions<ID extends RecordId>(Table<?> table, Field<ID> recordId, Field<Integer> number,
			Field<String> data, Field<String> changeSummary, Field<String> contentSha256, Field<Instant> publishedAt,
			Field<UserId> publishedBy, Field<Visibility> visibility) {
	}

	/**
	 * A text column holding a {@link Visibility} by its name, read and written as the
	 * enum (the database's check constraint lists the names).
	 */
	public static Field<Visibility> visibility(Field<String> column) {
		return column.convert(new EnumConverter<>(String.class, Visibility.class));
	}

	/**
	 * A text column holding a {@link PublicHold} by its name, read and written as the
	 * enum.
	 */
	public static Field<PublicHold> publicHold(Field<String> column) {
		return column.convert(new EnumConverter<>(String.class, PublicHold.class));
	}

}
