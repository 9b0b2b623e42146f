package org.airegistry.opendata;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A column of an open-data download (and the same-named field of its JSON files and API
 * documents, in camel case), as the field dictionary describes it: name, the provision of
 * the Act it publishes and the public page's field(s) it carries.
 */
public interface DictionaryColumn {

	/**
	 * What the dictionary says of a column.
	 *
	 * @param columnName the name in the CSV header (snake case)
	 * @param legalReference the Annex VIII item (or article) the column publishes; empty
	 * for registry metadata that the Act does not list
	 * @param descriptionKey translation key of the column's description
	 * @param fieldKey the key of the public page's field (the kind's {@code FieldSpec})
	 * whose content the column carries; null for metadata the page shows outside its
	 * registered fields
	 */
	record Spec(String columnName, String legalReference, String descriptionKey, @Nullable String fieldKey) {
	}

	/** The column as the dictionary describes it. */
	Spec spec();

	/** The column's name in the CSV header (snake case). */
	default String columnName() {
		return spec().columnName();
	}

	/**
	 * The Annex VIII item (or article) the column publishes; empty for registry metadata
	 * that the Act does not list.
	 */
	default String legalReference() {
		return spec().legalReference();
	}

	/** Translation key of the column's description. */
	default String descriptionKey() {
		return spec().descriptionKey();
	}

	/**
	 * The keys of the public page's fields (the kind's {@code FieldSpec}) whose content
	 * this column carries; empty for metadata the page shows outside its registered
	 * fields.
	 */
	default List<String> fieldKeys() {
		String fieldKey = spec().fieldKey();
		return fieldKey == null ? List.of() : List.of(fieldKey);
	}

	/**
	 * The field's name in the JSON downloads and the API: by default the column name in
	 * camel case.
	 */
	default String jsonName() {
		return camelCase(columnName());
	}

	/** {@code annex_iii_point} as {@code annexIiiPoint}. */
	static String camelCase(String snakeCase) {
		StringBuilder out = new StringBuilder();
		boolean upper = false;
		for (char c : snakeCase.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				out.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return out.toString();
	}

}
