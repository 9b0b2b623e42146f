package org.airegistry.shell.components;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A schema.org object for a page's JSON-LD (see {@link DocumentMetadata}): values that
 * are blank or missing are left out, instants and dates written in ISO 8601.
 */
public final class StructuredData {

	private final Map<String, Object> values = new LinkedHashMap<>();

	private StructuredData(String type) {
		values.put("@type", type);
	}

	/** An object of a schema.org type, e.g. {@code WebPage}. */
	public static StructuredData of(String type) {
		return new StructuredData(type);
	}

	public StructuredData put(String property, @Nullable Object value) {
		Object written = written(value);
		if (written != null) {
			values.put(property, written);
		}
		return this;
	}

	public Map<String, Object> map() {
		return values;
	}

	private static @Nullable Object written(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			return text.isBlank() ? null : text.strip();
		}
		if (value instanceof StructuredData nested) {
			return nested.map();
		}
		if (value instanceof Instant || value instanceof LocalDate) {
			return value.toString();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof Collection<?> collection) {
			List<Object> items = collection.stream().map(StructuredData::written).filter(v -> v != null).toList();
			return items.isEmpty() ? null : items;
		}
		return value;
	}

}
