package org.airegistry.explanation.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Columns of a request to change, by name; built by the service, applied by the
 * repository.
 */
public final class RequestChange {

	final Map<String, @Nullable Object> values = new LinkedHashMap<>();

	public RequestChange state(String state) {
		return set("state", state);
	}

	public RequestChange set(String column, @Nullable Object value) {
		values.put(column, value);
		return this;
	}

}
