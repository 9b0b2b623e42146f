package org.airegistry.db;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Field;
import org.jooq.Table;

/**
 * The select list of a whole table whose converted fields (enums, typed ids; DD026) stand
 * in place of their raw columns: jOOQ converts a value only when the field it is fetched
 * through is the converted one, so a repository that maps whole rows selects these.
 */
public final class ConvertedFields {

	private ConvertedFields() {
	}

	/**
	 * The table's fields in their order, each column for which a converted field is given
	 * replaced by it (matched by the column's name).
	 */
	public static List<Field<?>> of(Table<?> table, Field<?>... converted) {
		List<Field<?>> fields = new ArrayList<>(List.of(table.fields()));
		for (Field<?> field : converted) {
			if (table.field(field.getName()) == null) {
				throw new IllegalArgumentException(field.getName() + " is no column of " + table.getName());
			}
			fields.replaceAll(column -> column.getName().equals(field.getName()) ? field : column);
		}
		return fields;
	}

}
