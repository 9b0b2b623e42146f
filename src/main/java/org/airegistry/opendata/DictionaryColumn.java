package org.airegistry.opendata;

import java.util.List;

/**
 * A column of an open-data download (and the same-named field of its JSON files and API
 * documents, in camel case), as the field dictionary describes it: name, the provision of
 * the Act it publishes and the public page's field(s) it carries.
 */
public interface DictionaryColumn {

	/** The column's name in the CSV header (snake case). */
	String columnName();

	/**
	 * The Annex VIII item (or article) the column publishes; empty for registry metadata
	 * that the Act does not list.
	 */
	String legalReference();

	/** Translation key of the column's description. */
	String descriptionKey();

	/**
	 * The keys of the public page's fields (the kind's {@code FieldSpec}) whose content
	 * this column carries; empty for metadata the page shows outside its registered
	 * fields.
	 */
	List<String> fieldKeys();

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
