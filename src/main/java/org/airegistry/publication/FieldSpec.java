package org.airegistry.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a kind of record reads: its fields in annex order, each with label, annex reference
 * and value. Public pages show them, the version comparison compares them, the draft
 * editor labels its inputs with them, so a kind describes its fields once.
 *
 * @param <D> the kind's content
 */
@FunctionalInterface
public interface FieldSpec<D> {

	/**
	 * The record's fields in annex order.
	 * @param translate translates a key in the reader's language
	 */
	List<ShownField> describe(D data, Translator translate, Locale locale);

	/**
	 * The fields whose values differ between two versions, in annex order; a field only
	 * one of them has is compared with an empty value.
	 */
	default List<FieldChange> compare(D before, D after, Translator translate, Locale locale) {
		return changes(describe(before, translate, locale), describe(after, translate, locale));
	}

	/** The fields of two descriptions whose values differ, in the order of the later. */
	static List<FieldChange> changes(List<ShownField> before, List<ShownField> after) {
		Map<String, ShownField> left = new LinkedHashMap<>();
		before.forEach(field -> left.put(field.key(), field));
		Map<String, ShownField> right = new LinkedHashMap<>();
		after.forEach(field -> right.put(field.key(), field));
		Set<String> keys = new LinkedHashSet<>(right.keySet());
		keys.addAll(left.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String key : keys) {
			ShownField was = left.get(key);
			ShownField is = right.get(key);
			ShownField wasOrEmpty = was != null ? was : is.withoutValue();
			ShownField isOrEmpty = is != null ? is : was.withoutValue();
			if (!Objects.equals(wasOrEmpty.value(), isOrEmpty.value())) {
				changes.add(new FieldChange(wasOrEmpty, isOrEmpty));
			}
		}
		return changes;
	}

	/** A field whose value differs between two versions. */
	record FieldChange(ShownField before, ShownField after) {
	}

}
