package org.airegistry.explanation.persistence;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/**
 * Reads and rewrites the encrypted values of a {@link SealedColumn}, for re-encryption: a
 * value is replaced only if it is still the one read (compare and set), so several
 * instances re-encrypting at once never overwrite each other or a newer value.
 */
@Repository
public class SealedValues {

	/** One encrypted value and its row. */
	public record Sealed(UUID rowId, String value) {
	}

	private final DSLContext dsl;

	SealedValues(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Up to {@code limit} values of the column that do not start with {@code current}
	 * (the prefix of values under the current key), in row order after {@code after}.
	 */
	public List<Sealed> notStartingWith(SealedColumn column, String current, UUID after, int limit) {
		return dsl.select(column.id, column.value)
			.from(column.value.getTable())
			.where(column.value.isNotNull())
			.and(column.value.notLike(current.replace("%", "\\%").replace("_", "\\_") + "%", '\\'))
			.and(column.id.gt(after))
			.orderBy(column.id)
			.limit(limit)
			.fetch(Records.mapping(Sealed::new));
	}

	/**
	 * Replaces the value if it is still {@code expected}; whether it was replaced.
	 */
	public boolean replace(SealedColumn column, UUID rowId, String expected, String replacement) {
		return dsl.update(column.value.getTable())
			.set(column.value, replacement)
			.where(column.id.eq(rowId))
			.and(column.value.eq(expected))
			.execute() == 1;
	}

}
